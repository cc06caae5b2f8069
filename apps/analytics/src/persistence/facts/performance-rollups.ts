import type { PoolClient } from 'pg';
import { rebuildLineRollups, refreshLineMonths } from './line-rollups';
import { figureMetrics, refreshProductFigures } from './product-figures';
import { bucketKey, type RollupBucket } from './rollup-bucket';

/**
 * The performance rollups are a function of the current facts: a bucket holds the sum and count of the facts
 * currently known for it. Ingest recomputes exactly the buckets it touched (the same sum and count a full
 * rebuild computes for them), so a rebuilt table equals the live one row for row. The per-line monthly rollup
 * (line-rollups.ts) and the per-product figures of the portfolio (product-figures.ts) are refreshed with them.
 */
const dailySelect = `
  SELECT f.product_id, f.version, f.metric, f.unit, f.valid_from AS day, sum(f.value) AS value_sum, count(*)::int AS value_count
    FROM facts f`;

const monthlySelect = `
  SELECT f.product_id, f.version, f.metric, f.unit, date_trunc('month', f.valid_from)::date AS month, f.granularity AS origin,
         sum(f.value) AS value_sum, count(*)::int AS value_count
    FROM facts f`;

export async function refreshRollups(client: PoolClient, touched: readonly RollupBucket[]): Promise<void> {
  const unique = [...new Map(touched.map((bucket) => [bucketKey(bucket), bucket])).values()];
  const days = unique.filter((bucket) => bucket.granularity === 'day');
  if (days.length > 0) await refreshDaily(client, days);
  const months = unique.map((bucket) => ({
    ...bucket,
    month: bucket.granularity === 'month' ? bucket.validFrom : `${bucket.validFrom.slice(0, 7)}-01`,
  }));
  if (months.length > 0) await refreshMonthly(client, months);
  await refreshLineMonths(
    client,
    months.map((bucket) => ({ productId: bucket.productId, metric: bucket.metric, unit: bucket.unit, month: bucket.month })),
  );
  // The portfolio's per-product figures follow the rollups in the same transaction.
  await refreshProductFigures(
    client,
    unique.filter((bucket) => figureMetrics.includes(bucket.metric)).map((bucket) => bucket.productId),
  );
}

/**
 * One statement per table: each touched bucket's sum and count are read from its own facts through
 * `facts_current_by_product` (a LATERAL lookup per bucket), then the bucket is upserted, or deleted when no
 * current fact is left in it. A join of the buckets with `facts` instead left the plan to the statistics:
 * while the table grew faster than autovacuum analysed it (a young database, a large load) the planner chose
 * to scan every current fact for every chunk of 5,000, and a 50,000-row ingest took 15-90 s instead of about
 * 5 s (bench/README.md, analytics ingest). Prepared, as every ingest chunk and Kafka batch runs them.
 */
async function refreshDaily(client: PoolClient, buckets: readonly RollupBucket[]): Promise<void> {
  await client.query({
    name: 'analytics.refresh-performance-daily',
    text: `WITH t AS (
       SELECT DISTINCT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[])
         AS t(product_id, version, metric, unit, day)),
     bucket AS MATERIALIZED (
       SELECT t.product_id, t.version, t.metric, t.unit, t.day, f.value_sum, f.value_count
         FROM t CROSS JOIN LATERAL (
           SELECT sum(f.value) AS value_sum, count(*)::int AS value_count FROM facts f
            WHERE f.product_id = t.product_id AND f.metric = t.metric AND f.valid_from = t.day
              AND f.version = t.version AND f.unit = t.unit AND f.granularity = 'day' AND f.superseded_at IS NULL) f),
     emptied AS (
       DELETE FROM performance_daily d USING bucket b
        WHERE b.value_count = 0 AND d.product_id = b.product_id AND d.version = b.version AND d.metric = b.metric
          AND d.unit = b.unit AND d.day = b.day)
     INSERT INTO performance_daily (product_id, version, metric, unit, day, value_sum, value_count)
     SELECT product_id, version, metric, unit, day, value_sum, value_count FROM bucket WHERE value_count > 0
     ON CONFLICT (product_id, version, metric, unit, day)
     DO UPDATE SET value_sum = EXCLUDED.value_sum, value_count = EXCLUDED.value_count`,
    values: [
      buckets.map((b) => b.productId),
      buckets.map((b) => b.version),
      buckets.map((b) => b.metric),
      buckets.map((b) => b.unit),
      buckets.map((b) => b.validFrom),
    ],
  });
}

async function refreshMonthly(
  client: PoolClient,
  buckets: readonly (RollupBucket & { month: string })[],
): Promise<void> {
  await client.query({
    name: 'analytics.refresh-performance-monthly',
    text: `WITH t AS (
       SELECT DISTINCT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[])
         AS t(product_id, version, metric, unit, month, origin)),
     bucket AS MATERIALIZED (
       SELECT t.product_id, t.version, t.metric, t.unit, t.month, t.origin, f.value_sum, f.value_count
         FROM t CROSS JOIN LATERAL (
           SELECT sum(f.value) AS value_sum, count(*)::int AS value_count FROM facts f
            WHERE f.product_id = t.product_id AND f.metric = t.metric
              AND f.valid_from >= t.month AND f.valid_from < (t.month + interval '1 month')
              AND f.version = t.version AND f.unit = t.unit AND f.granularity = t.origin AND f.superseded_at IS NULL) f),
     emptied AS (
       DELETE FROM performance_monthly m USING bucket b
        WHERE b.value_count = 0 AND m.product_id = b.product_id AND m.version = b.version AND m.metric = b.metric
          AND m.unit = b.unit AND m.month = b.month AND m.origin = b.origin)
     INSERT INTO performance_monthly (product_id, version, metric, unit, month, origin, value_sum, value_count)
     SELECT product_id, version, metric, unit, month, origin, value_sum, value_count FROM bucket WHERE value_count > 0
     ON CONFLICT (product_id, version, metric, unit, month, origin)
     DO UPDATE SET value_sum = EXCLUDED.value_sum, value_count = EXCLUDED.value_count`,
    values: [
      buckets.map((b) => b.productId),
      buckets.map((b) => b.version),
      buckets.map((b) => b.metric),
      buckets.map((b) => b.unit),
      buckets.map((b) => b.month),
      buckets.map((b) => b.granularity),
    ],
  });
}

/**
 * Recomputes both rollup tables, the line rollup and the portfolio's per-product figures from them, from the
 * current facts (the caller holds the ingest lock).
 */
export async function rebuildRollups(client: PoolClient): Promise<number> {
  await client.query('TRUNCATE performance_daily, performance_monthly');
  await client.query(
    `INSERT INTO performance_daily (product_id, version, metric, unit, day, value_sum, value_count)
     ${dailySelect} WHERE f.superseded_at IS NULL AND f.granularity = 'day'
      GROUP BY f.product_id, f.version, f.metric, f.unit, f.valid_from`,
  );
  await client.query(
    `INSERT INTO performance_monthly (product_id, version, metric, unit, month, origin, value_sum, value_count)
     ${monthlySelect} WHERE f.superseded_at IS NULL
      GROUP BY f.product_id, f.version, f.metric, f.unit, date_trunc('month', f.valid_from)::date, f.granularity`,
  );
  await rebuildLineRollups(client);
  await refreshProductFigures(client, 'all');
  const { rows } = await client.query<{ facts: string }>(
    'SELECT count(*) AS facts FROM facts WHERE superseded_at IS NULL',
  );
  return Number(rows[0]!.facts);
}
