import type { VersionedSql } from '@product-ledger/nest-event-sourcing';

/**
 * The request list read model (projection `request-list`, fed from `requests.request.v1`), tracked in
 * `request_list_migrations`. One row per request:
 *
 * | column | meaning |
 * |---|---|
 * | request_id, product_id | ids (product_id null until linked) |
 * | title, source, status | as in the events; status one of open, accepted, declined, deferred, delivered, merged, closed |
 * | rhino, deal_value | the RHiNO flag and the deal value |
 * | demand, account_count | revenue-weighted demand: sum of the distinct accounts' annual revenue, and how many |
 * | rice, strategic_fit | the latest score (null until scored) |
 * | priority | 0-100 within the product (see domain/ranking); null unless open, deferred or accepted |
 * | submitted_at, updated_at | when submitted, when last changed |
 * | state | the request as the domain folds it from its events (what the ranking reads) |
 */
export const requestListMigrations: readonly VersionedSql[] = [
  {
    version: 1,
    name: 'request_list',
    sql: `
      CREATE TABLE request_list (
        request_id uuid PRIMARY KEY,
        product_id uuid,
        title text NOT NULL,
        source text NOT NULL,
        status text NOT NULL,
        rhino boolean NOT NULL,
        deal_value numeric NOT NULL,
        demand numeric NOT NULL,
        account_count integer NOT NULL,
        rice double precision,
        strategic_fit integer,
        priority numeric(5, 2),
        submitted_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        state jsonb NOT NULL
      );
      CREATE INDEX request_list_by_product ON request_list (product_id, status);
      CREATE INDEX request_list_recent ON request_list (submitted_at DESC, request_id DESC);
      CREATE INDEX request_list_demand ON request_list (demand DESC, request_id DESC);
      CREATE INDEX request_list_priority ON request_list ((coalesce(priority, -1)) DESC, request_id DESC);
    `,
  },
];
