import type { VersionedSql } from '@product-ledger/nest-event-sourcing';

/**
 * The analytics database, in order. Applied migrations are never edited: a change is a new entry.
 * Every table is plain and documented (apps/analytics/README.md) so BI tools can read it directly.
 * Read models carry no wall-clock columns: a rebuild replays the same events into the same rows.
 */
export const analyticsMigrations: readonly VersionedSql[] = [
  {
    version: 1,
    name: 'facts',
    sql: `
      -- In-life facts, bitemporal. Valid time: the day or month the fact is about, [valid_from, valid_to).
      -- Transaction time: [recorded_at, superseded_at) is when analytics held this version as the truth.
      -- A correction closes the old row (superseded_at) and adds a new one: nothing is ever overwritten.
      CREATE TABLE facts (
        fact_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        source text NOT NULL,
        external_id text NOT NULL,
        product_id uuid NOT NULL,
        version text NOT NULL DEFAULT '',
        metric text NOT NULL,
        unit text NOT NULL,
        period text NOT NULL,
        granularity text NOT NULL CHECK (granularity IN ('day', 'month')),
        valid_from date NOT NULL,
        valid_to date NOT NULL CHECK (valid_to > valid_from),
        value numeric NOT NULL,
        recorded_at timestamptz NOT NULL,
        superseded_at timestamptz CHECK (superseded_at >= recorded_at),
        channel text NOT NULL CHECK (channel IN ('http', 'kafka'))
      );
      COMMENT ON TABLE facts IS 'In-life facts (bitemporal): valid [valid_from, valid_to), known [recorded_at, superseded_at).';
      COMMENT ON COLUMN facts.version IS 'Product version the fact is about; empty for the product as a whole.';
      -- (source, external_id) identifies a fact: at most one current version of each.
      CREATE UNIQUE INDEX facts_current_identity ON facts (source, external_id) WHERE superseded_at IS NULL;
      CREATE INDEX facts_identity_history ON facts (source, external_id, recorded_at);
      CREATE INDEX facts_current_by_product ON facts (product_id, metric, valid_from) WHERE superseded_at IS NULL;
      CREATE INDEX facts_known_by_product ON facts (product_id, metric, valid_from, recorded_at);
    `,
  },
  {
    version: 2,
    name: 'performance',
    sql: `
      -- Rollups of the current facts (what is known now). version '' = facts about the product as a whole.
      CREATE TABLE performance_daily (
        product_id uuid NOT NULL,
        version text NOT NULL,
        metric text NOT NULL,
        unit text NOT NULL,
        day date NOT NULL,
        value_sum numeric NOT NULL,
        value_count integer NOT NULL,
        PRIMARY KEY (product_id, version, metric, unit, day)
      );
      CREATE INDEX performance_daily_by_metric_day ON performance_daily (metric, day);
      CREATE INDEX performance_daily_latest ON performance_daily (product_id, metric, day DESC);
      -- origin: 'day' rows add up the daily facts of the month, 'month' rows the monthly facts.
      CREATE TABLE performance_monthly (
        product_id uuid NOT NULL,
        version text NOT NULL,
        metric text NOT NULL,
        unit text NOT NULL,
        month date NOT NULL,
        origin text NOT NULL CHECK (origin IN ('day', 'month')),
        value_sum numeric NOT NULL,
        value_count integer NOT NULL,
        PRIMARY KEY (product_id, version, metric, unit, month, origin)
      );
      CREATE INDEX performance_monthly_by_metric_month ON performance_monthly (metric, month);
      CREATE INDEX performance_monthly_latest ON performance_monthly (product_id, metric, month DESC);
    `,
  },
  {
    version: 3,
    name: 'portfolio',
    sql: `
      CREATE TABLE portfolio_products (
        product_id uuid PRIMARY KEY,
        code text,
        name text,
        line_id uuid,
        owner_id text,
        kind text,
        market text,
        status text CHECK (status IN ('active', 'retired')),
        registered_at timestamptz,
        retired_at timestamptz,
        catalogue_version integer NOT NULL DEFAULT 0,
        lifecycle_id uuid,
        stage text,
        stage_since timestamptz
      );
      COMMENT ON TABLE portfolio_products IS 'One row per product; registered_at is null until the catalogue event arrived.';
      CREATE INDEX portfolio_products_stage ON portfolio_products (stage);
      CREATE INDEX portfolio_products_line ON portfolio_products (line_id);
      CREATE INDEX portfolio_products_owner ON portfolio_products (owner_id);
      -- The catalogue attributes of a product over time (one row per change): valid [valid_from, valid_to).
      CREATE TABLE portfolio_product_history (
        product_id uuid NOT NULL,
        revision integer NOT NULL,
        valid_from timestamptz NOT NULL,
        valid_to timestamptz,
        code text NOT NULL,
        name text NOT NULL,
        line_id uuid NOT NULL,
        owner_id text NOT NULL,
        kind text NOT NULL,
        market text NOT NULL,
        status text NOT NULL,
        PRIMARY KEY (product_id, revision)
      );
      CREATE INDEX portfolio_product_history_valid ON portfolio_product_history (valid_from, valid_to);
      -- Every stage every lifecycle (product: version = '', or a version of it) was in: [valid_from, valid_to).
      CREATE TABLE portfolio_stage_history (
        lifecycle_id uuid NOT NULL,
        entry_no integer NOT NULL,
        product_id uuid NOT NULL,
        version text NOT NULL,
        stage text NOT NULL,
        previous_stage text,
        cause text NOT NULL,
        valid_from timestamptz NOT NULL,
        valid_to timestamptz,
        PRIMARY KEY (lifecycle_id, entry_no)
      );
      CREATE INDEX portfolio_stage_history_product ON portfolio_stage_history (product_id, version, valid_from);
      CREATE TABLE portfolio_versions (
        product_id uuid NOT NULL,
        version text NOT NULL,
        planned_at timestamptz,
        target_date date,
        released_at timestamptz,
        stage text,
        stage_since timestamptz,
        PRIMARY KEY (product_id, version)
      );
      CREATE TABLE portfolio_lines (
        line_id uuid PRIMARY KEY,
        name text NOT NULL,
        archived boolean NOT NULL DEFAULT false
      );
      -- Which product a request counts for and its status, over time: valid [valid_from, valid_to).
      CREATE TABLE portfolio_request_history (
        request_id uuid NOT NULL,
        revision integer NOT NULL,
        product_id uuid,
        status text NOT NULL,
        valid_from timestamptz NOT NULL,
        valid_to timestamptz,
        PRIMARY KEY (request_id, revision)
      );
      CREATE INDEX portfolio_request_history_current ON portfolio_request_history (product_id, status) WHERE valid_to IS NULL;
      CREATE INDEX portfolio_request_history_valid ON portfolio_request_history (product_id, valid_from);
    `,
  },
  {
    version: 4,
    name: 'lifecycle_flow',
    sql: `
      CREATE TABLE flow_lifecycles (
        lifecycle_id uuid PRIMARY KEY,
        product_id uuid NOT NULL,
        version text NOT NULL,
        start_stage text,
        started_at timestamptz,
        current_stage text,
        innovation_at timestamptz,
        in_life_at timestamptz,
        killed_at timestamptz,
        withdrawn_at timestamptz
      );
      CREATE TABLE flow_stage_intervals (
        lifecycle_id uuid NOT NULL,
        entry_no integer NOT NULL,
        product_id uuid NOT NULL,
        version text NOT NULL,
        stage text NOT NULL,
        cause text NOT NULL,
        entered_at timestamptz NOT NULL,
        left_at timestamptz,
        next_stage text,
        PRIMARY KEY (lifecycle_id, entry_no)
      );
      CREATE INDEX flow_stage_intervals_left ON flow_stage_intervals (left_at);
      CREATE TABLE flow_gate_reviews (
        review_id text PRIMARY KEY,
        lifecycle_id uuid NOT NULL,
        product_id uuid NOT NULL,
        version text NOT NULL,
        from_stage text NOT NULL,
        to_stage text NOT NULL,
        opened_at timestamptz,
        decision text CHECK (decision IN ('go', 'kill', 'hold', 'recycle')),
        resulting_stage text,
        decided_by text,
        decided_at timestamptz
      );
      CREATE INDEX flow_gate_reviews_decided ON flow_gate_reviews (decided_at);
    `,
  },
  {
    version: 5,
    name: 'request_demand',
    sql: `
      CREATE TABLE demand_requests (
        request_id uuid PRIMARY KEY,
        product_id uuid,
        source text,
        status text NOT NULL,
        rhino boolean NOT NULL DEFAULT false,
        deal_value numeric,
        rice numeric,
        strategic_fit integer,
        planned_version text,
        submitted_at timestamptz,
        first_decision text CHECK (first_decision IN ('accept', 'decline', 'defer')),
        first_decided_at timestamptz,
        delivered_at timestamptz,
        closed_at timestamptz,
        merged_into uuid
      );
      CREATE INDEX demand_requests_product ON demand_requests (product_id, status);
      -- The customer accounts that want a request, with their annual revenue (weights demand).
      CREATE TABLE demand_request_accounts (
        request_id uuid NOT NULL,
        account_id text NOT NULL,
        account_name text NOT NULL,
        revenue numeric NOT NULL,
        PRIMARY KEY (request_id, account_id)
      );
      CREATE INDEX demand_request_accounts_account ON demand_request_accounts (account_id);
    `,
  },
  {
    version: 6,
    name: 'business_cases',
    sql: `
      -- One row per lifecycle with a business case: the latest submitted one, the one approved by the go at
      -- the gate into development, and when the product (or version) launched (first entered in_life).
      CREATE TABLE business_cases (
        lifecycle_id uuid PRIMARY KEY,
        product_id uuid NOT NULL,
        version text NOT NULL,
        submitted_revision integer,
        submitted_at timestamptz,
        currency text,
        investment numeric,
        expected_year1 numeric,
        expected_year2 numeric,
        expected_year3 numeric,
        payback_months integer,
        proposition text,
        approved_revision integer,
        approved_at timestamptz,
        approved_review_id text,
        approved_currency text,
        approved_investment numeric,
        approved_year1 numeric,
        approved_year2 numeric,
        approved_year3 numeric,
        approved_payback_months integer,
        launched_at timestamptz,
        killed_at timestamptz
      );
      CREATE INDEX business_cases_product ON business_cases (product_id);
    `,
  },
  {
    version: 7,
    name: 'projection_rebuilds',
    sql: `
      -- Operational, not a read model: the rebuilds admins asked for and how far they got.
      CREATE TABLE projection_rebuilds (
        rebuild_id uuid PRIMARY KEY,
        projection text NOT NULL,
        status text NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
        requested_by text NOT NULL,
        started_at timestamptz NOT NULL,
        finished_at timestamptz,
        applied bigint NOT NULL DEFAULT 0,
        total bigint NOT NULL DEFAULT 0,
        error text
      );
      CREATE INDEX projection_rebuilds_latest ON projection_rebuilds (projection, started_at DESC);
    `,
  },
  {
    version: 8,
    name: 'table_comments',
    sql: `
      -- What each table holds, for whoever browses the database with a BI tool (see apps/analytics/README.md).
      COMMENT ON TABLE performance_daily IS 'Sum and count of the current daily facts per product, version (empty = the product as a whole), metric, unit and day.';
      COMMENT ON TABLE performance_monthly IS 'Sum and count of the current facts per product, version, metric, unit and month; origin day = daily facts of the month, month = monthly facts.';
      COMMENT ON TABLE portfolio_product_history IS 'Catalogue attributes of each product over time, valid [valid_from, valid_to).';
      COMMENT ON TABLE portfolio_stage_history IS 'Lifecycle stages of each product (empty version) and each version over time, valid [valid_from, valid_to).';
      COMMENT ON TABLE portfolio_versions IS 'Versions of each product: planned, released, and the stage of the version''s own lifecycle.';
      COMMENT ON TABLE portfolio_lines IS 'Product lines (current names).';
      COMMENT ON TABLE portfolio_request_history IS 'Product and status of each request over time, valid [valid_from, valid_to).';
      COMMENT ON TABLE flow_lifecycles IS 'One row per lifecycle: start, current stage, first entry into innovation, in_life, killed, withdrawn.';
      COMMENT ON TABLE flow_stage_intervals IS 'Each stage each lifecycle was in: entered_at, left_at (null while in it), next_stage.';
      COMMENT ON TABLE flow_gate_reviews IS 'Each gate review: the gate (to_stage), when opened, the decision and when.';
      COMMENT ON TABLE demand_requests IS 'One row per request: product, source, status, RHiNO flag, deal value, RICE, first decision.';
      COMMENT ON TABLE demand_request_accounts IS 'Customer accounts behind each request with their annual revenue.';
      COMMENT ON TABLE business_cases IS 'Per lifecycle: the latest submitted business case, the approved one (go at the gate into development) and the launch.';
    `,
  },
  {
    version: 9,
    name: 'performance_monthly_by_product_month',
    sql: `
      -- The monthly performance of a product or a line reads each product's months in a range. Neither
      -- (metric, month) nor (product_id, metric, month) serves that without a metric, so the planner scanned
      -- the whole table: about 0.5 s for a line of 200 products among 10,000 with 1,000,000 facts
      -- (bench/README.md). Covering, so it is an index-only scan of about 50 entries per product.
      CREATE INDEX performance_monthly_by_product_month ON performance_monthly (product_id, month)
        INCLUDE (version, metric, unit, origin, value_sum, value_count);
    `,
  },
  {
    version: 10,
    name: 'product_figures',
    sql: `
      -- The portfolio's per-product figures from the current facts, so the portfolio reads one row per product
      -- instead of adding up the rollups of every product at query time (2-3 s for 10,000 products with
      -- 1,000,000 facts, bench/README.md). Kept in the transaction that changes the rollups (ingest, rebuild).
      -- The figures depend on the day too (the 12-month window moves with the calendar; a fact about a later
      -- day counts once that day has come): they are those of every day in [figures_day, fresh_until).
      CREATE TABLE product_figures (
        product_id uuid PRIMARY KEY,
        revenue_last_12_months jsonb NOT NULL,
        active_customers numeric,
        nps numeric,
        figures_day date NOT NULL,
        fresh_until date NOT NULL CHECK (fresh_until > figures_day)
      );
      COMMENT ON TABLE product_figures IS 'Per product: revenue of the 12 calendar months ending with the month of figures_day (per currency), latest active customers and NPS, from the current facts; valid for the days [figures_day, fresh_until).';
      CREATE INDEX product_figures_fresh_until ON product_figures (fresh_until);
      CREATE INDEX product_figures_figures_day ON product_figures (figures_day);
      -- The portfolio is listed by name in pages (keyset on name, product_id).
      CREATE INDEX portfolio_products_by_name ON portfolio_products (name, product_id) WHERE registered_at IS NOT NULL;
    `,
  },
  {
    version: 11,
    name: 'performance_line_monthly',
    sql: `
      -- The monthly performance of a line summed up the rollups of its products at query time: ~10,000 rows of
      -- numeric sums and divisions for 12 months of a line of 200 products (bench/README.md). This table holds
      -- what that query computes per line (its products now), metric, unit and month, so the line reads about a
      -- dozen rows per metric. Kept in the transactions that change performance_monthly (ingest, rebuild) or a
      -- product's line (the portfolio projection), under the facts lock (line-rollups.ts).
      CREATE TABLE performance_line_monthly (
        line_id uuid NOT NULL,
        metric text NOT NULL,
        unit text NOT NULL,
        month date NOT NULL,
        value_sum numeric NOT NULL,
        value_count integer NOT NULL,
        mean_sum numeric NOT NULL,
        products integer NOT NULL CHECK (products > 0),
        PRIMARY KEY (line_id, metric, unit, month)
      );
      COMMENT ON TABLE performance_line_monthly IS 'Per product line (its products now), metric, unit and month: sum and count of the current facts, the sum over products and versions of their means (value_sum / value_count) and the number of products with facts.';
    `,
  },
  {
    version: 12,
    name: 'portfolio_products_by_line_name',
    sql: `
      -- A page of one line's products in name order walked portfolio_products_by_name and dropped the other
      -- lines' products (about 4,900 rows for the first page of a line of 200 among 10,000; more on later pages
      -- and for lines whose names sort late). With the line first, a page reads its own rows only.
      CREATE INDEX portfolio_products_by_line_name ON portfolio_products (line_id, name, product_id)
        WHERE registered_at IS NOT NULL;
    `,
  },
  {
    version: 13,
    name: 'portfolio_products_request_counts',
    sql: `
      -- The portfolio counted each product's current request rows at query time: 30,000 rows for 10,000
      -- products, about half of groupBy=stage (bench/README.md). The portfolio projection keeps the counts on the
      -- product's row instead (open = open or deferred). Backfilled from the request history; a product a
      -- request ever counted for has a row (as the projection leaves it).
      ALTER TABLE portfolio_products
        ADD COLUMN open_requests integer NOT NULL DEFAULT 0,
        ADD COLUMN accepted_requests integer NOT NULL DEFAULT 0;
      INSERT INTO portfolio_products (product_id, open_requests, accepted_requests)
      SELECT product_id, count(*) FILTER (WHERE valid_to IS NULL AND status IN ('open', 'deferred')),
             count(*) FILTER (WHERE valid_to IS NULL AND status = 'accepted')
        FROM portfolio_request_history WHERE product_id IS NOT NULL GROUP BY product_id
      ON CONFLICT (product_id) DO UPDATE SET
        open_requests = EXCLUDED.open_requests, accepted_requests = EXCLUDED.accepted_requests;
      COMMENT ON COLUMN portfolio_products.open_requests IS 'Requests counting for the product now that are open or deferred.';
      COMMENT ON COLUMN portfolio_products.accepted_requests IS 'Requests counting for the product now that are accepted.';
    `,
  },
  {
    version: 14,
    name: 'performance_monthly_by_product_month_slim',
    sql: `
      -- performance_monthly_by_product_month (migration 9) covered value_sum and value_count, so every rollup
      -- update by ingest changed an indexed column: no HOT update, all four indexes rewritten (about 930 ms
      -- per 10,000 buckets). Its covering readers moved to performance_line_monthly and product_figures; the
      -- line rollup refresh still looks up (product_id, month), which the slim index serves. Free space in
      -- each page lets an update stay on its page (HOT) in both rollups.
      DROP INDEX performance_monthly_by_product_month;
      CREATE INDEX performance_monthly_by_product_month ON performance_monthly (product_id, month);
      ALTER TABLE performance_monthly SET (fillfactor = 80);
      ALTER TABLE performance_daily SET (fillfactor = 80);
    `,
  },
  {
    version: 15,
    name: 'facts_ingest_clock',
    sql: `
      -- The transaction time of the latest ingest (ingest-lock.ts): each ingest transaction records its facts at
      -- the later of now (to the millisecond) and this + 1 ms, so transaction times strictly increase even
      -- within one millisecond or when the clock steps back, and a correction never takes an earlier
      -- transaction's version for one of its own (which it would remove instead of closing).
      CREATE TABLE facts_ingest_clock (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        last_recorded_at timestamptz NOT NULL
      );
      INSERT INTO facts_ingest_clock (last_recorded_at) SELECT COALESCE(max(recorded_at), '-infinity') FROM facts;
      COMMENT ON TABLE facts_ingest_clock IS 'One row: the transaction time (recorded_at) of the latest fact ingest; the next one is later by at least 1 ms.';
    `,
  },
  {
    version: 16,
    name: 'fact_upload_rows',
    sql: `
      -- POST /facts stages the valid rows of an upload here while its body is still arriving, each chunk in a
      -- short statement of its own, so no connection or transaction is held while a client is sending. Once the
      -- body is complete the rows are applied chunk by chunk (each chunk in its own transaction, deleting its
      -- staged rows as it commits); a refused upload deletes its rows. UNLOGGED: nothing here must survive a
      -- crash, and rows a crashed process left behind are deleted by a later upload once a day old.
      CREATE UNLOGGED TABLE fact_upload_rows (
        upload_id uuid NOT NULL,
        ord integer NOT NULL,
        line integer NOT NULL,
        fact jsonb NOT NULL,
        staged_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (upload_id, ord)
      );
      COMMENT ON TABLE fact_upload_rows IS 'Valid rows of POST /facts uploads still arriving or being applied (ingest-fact-rows.ts).';
    `,
  },
];
