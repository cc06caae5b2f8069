import type { Pool } from 'pg';

export interface SeedShape {
  readonly products: number;
  readonly facts: number;
  readonly productsPerLine: number;
  /** The report date: the latest month of the seeded facts (the 12-month window ends with it). */
  readonly today: Date;
}

export interface SeededIds {
  readonly lineIds: string[];
  readonly lines: number;
  readonly factsPerProduct: number;
}

/** A deterministic, well-formed (version 4, RFC variant) uuid from a text: the API checks ids are UUIDs. */
const uuidOf = (text: string) =>
  `overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;

const STAGES = `ARRAY['innovation','analysis','development','go_to_market','in_life','end_of_life']`;
/** Daily facts per product (support tickets); the rest are monthly facts of four metrics. */
const DAILY_SLOTS = 4;

/**
 * Writes the read model for the query measures straight into the analytics tables with `INSERT ... SELECT
 * generate_series` (after the service's migrations): this bypasses ingest and the projections on purpose,
 * so that 10,000 products and 1,000,000 facts take seconds, not hours. The rows have the shape the
 * projections write: lines; one current row, one history revision and one stage entry per product; two
 * versions and three requests (open, accepted, deferred) per product; and `facts / products` current facts
 * per product (monthly revenue, units sold, active customers and NPS going back from the report month,
 * plus four daily support-ticket facts). The performance rollups, and the portfolio's per-product figures
 * with them (product_figures), are then rebuilt by the service itself, as after any ingest.
 */
export async function seedReadModel(pool: Pool, shape: SeedShape): Promise<SeededIds> {
  const lines = Math.max(1, Math.ceil(shape.products / shape.productsPerLine));
  const perProduct = Math.floor(shape.facts / shape.products);
  if (perProduct <= DAILY_SLOTS) throw new Error(`seed: ${perProduct} facts per product is too few`);
  const today = shape.today.toISOString().slice(0, 10);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO portfolio_lines (line_id, name)
       SELECT ${uuidOf(`'bench-line-' || l`)}, 'Line ' || lpad(l::text, 3, '0') FROM generate_series(1, $1::int) l`,
      [lines],
    );
    await client.query(
      `INSERT INTO portfolio_products (product_id, code, name, line_id, owner_id, kind, market, status, registered_at,
                                       catalogue_version, lifecycle_id, stage, stage_since)
       SELECT ${uuidOf(`'bench-product-' || p`)}, 'BP' || lpad(p::text, 6, '0'), 'Product ' || lpad(p::text, 6, '0'),
              ${uuidOf(`'bench-line-' || (1 + (p - 1) % $2::int)`)}, 'owner-' || (p % 250),
              (ARRAY['software','physical','service'])[1 + p % 3], (ARRAY['b2b','b2c','internal'])[1 + (p / 3) % 3],
              'active', timestamptz '2022-01-01' + p * interval '1 hour', 1, ${uuidOf(`'bench-lifecycle-' || p`)},
              (${STAGES})[1 + p % 6], timestamptz '2024-01-01' + (p % 600) * interval '1 day'
         FROM generate_series(1, $1::int) p`,
      [shape.products, lines],
    );
    await client.query(
      `INSERT INTO portfolio_product_history (product_id, revision, valid_from, valid_to, code, name, line_id, owner_id, kind, market, status)
       SELECT product_id, 1, registered_at, NULL, code, name, line_id, owner_id, kind, market, status FROM portfolio_products`,
    );
    await client.query(
      `INSERT INTO portfolio_stage_history (lifecycle_id, entry_no, product_id, version, stage, previous_stage, cause, valid_from)
       SELECT lifecycle_id, 1, product_id, '', stage, NULL, 'bench-seed', stage_since FROM portfolio_products`,
    );
    await client.query(
      `INSERT INTO portfolio_versions (product_id, version, planned_at, target_date, released_at, stage, stage_since)
       SELECT product_id, '1.0.0', registered_at + interval '30 days', (registered_at + interval '90 days')::date,
              registered_at + interval '95 days', NULL::text, NULL::timestamptz FROM portfolio_products
       UNION ALL
       SELECT product_id, '2.0.0', registered_at + interval '200 days', (registered_at + interval '400 days')::date,
              NULL::timestamptz, NULL::text, NULL::timestamptz FROM portfolio_products`,
    );
    await client.query(
      `INSERT INTO portfolio_request_history (request_id, revision, product_id, status, valid_from, valid_to)
       SELECT ${uuidOf(`'bench-request-' || p.product_id || '-' || r`)}, 1, p.product_id,
              (ARRAY['open','accepted','deferred'])[r], p.registered_at + r * interval '10 days', NULL
         FROM portfolio_products p CROSS JOIN generate_series(1, 3) r`,
    );
    // The request counts the portfolio projection keeps on each product's row.
    await client.query(
      `UPDATE portfolio_products p SET open_requests = r.open_requests, accepted_requests = r.accepted_requests
         FROM (SELECT product_id, count(*) FILTER (WHERE status IN ('open', 'deferred'))::int AS open_requests,
                      count(*) FILTER (WHERE status = 'accepted')::int AS accepted_requests
                 FROM portfolio_request_history WHERE valid_to IS NULL GROUP BY product_id) r
        WHERE r.product_id = p.product_id`,
    );
    await client.query(
      `WITH slots AS (
         SELECT p, s, s >= $2::int - ${DAILY_SLOTS} AS daily
           FROM generate_series(1, $1::int) p CROSS JOIN generate_series(0, $2::int - 1) s),
       shaped AS (
         SELECT p, s, daily,
                CASE WHEN daily
                     THEN (date_trunc('month', $3::date) - (s - ($2::int - ${DAILY_SLOTS})) * interval '1 month' + interval '14 days')::date
                     ELSE (date_trunc('month', $3::date) - (s / 4) * interval '1 month')::date END AS d,
                CASE WHEN daily THEN 4 ELSE s % 4 END AS k
           FROM slots)
       INSERT INTO facts (source, external_id, product_id, version, metric, unit, period, granularity, valid_from, valid_to,
                          value, recorded_at, channel)
       SELECT 'bench-seed', 'p' || p || '-s' || s, ${uuidOf(`'bench-product-' || p`)}, '',
              (ARRAY['revenue','units_sold','active_customers','nps','support_tickets'])[k + 1],
              (ARRAY['EUR','units','customers','score','tickets'])[k + 1],
              to_char(d, CASE WHEN daily THEN 'YYYY-MM-DD' ELSE 'YYYY-MM' END),
              CASE WHEN daily THEN 'day' ELSE 'month' END,
              d, CASE WHEN daily THEN d + 1 ELSE (d + interval '1 month')::date END,
              CASE k WHEN 0 THEN 1000 + (p * 7919 + s * 104729) % 90000
                     WHEN 1 THEN (p + s) % 500
                     WHEN 2 THEN 50 + (p * 13 + s) % 950
                     WHEN 3 THEN ((p * 17 + s) % 140) - 40
                     ELSE (p + s) % 40 END,
              now() - interval '1 day', 'http'
         FROM shaped`,
      [shape.products, perProduct, today],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  const { rows } = await pool.query<{ line_id: string }>(`SELECT line_id FROM portfolio_lines ORDER BY name`);
  return { lineIds: rows.map((row) => row.line_id), lines, factsPerProduct: perProduct };
}

/** Fresh planner statistics and visibility maps, as autovacuum would leave them on a settled database. */
export async function vacuumAnalyze(pool: Pool): Promise<void> {
  for (const table of [
    'facts',
    'performance_daily',
    'performance_monthly',
    'product_figures',
    'portfolio_products',
    'portfolio_product_history',
    'portfolio_stage_history',
    'portfolio_versions',
    'portfolio_lines',
    'portfolio_request_history',
  ])
    await pool.query(`VACUUM (ANALYZE) ${table}`);
}
