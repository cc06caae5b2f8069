import type { PoolClient } from 'pg';
import { rebuildLineRollups, refreshLineMonths, type ProductMonth } from './line-rollups';
import { figureMetrics, refreshProductFigures } from './product-figures';
import { bucketKey, type RollupBucket } from './rollup-bucket';
import type { AddedPoint, RollupChanges } from './rollup-changes';

/**
 * The performance rollups are a function of the current facts: a bucket holds the sum and count of the facts
 * currently known for it. Ingest keeps exactly the buckets it touched: a bucket that lost a fact (a correction)
 * is recomputed from its current facts, and facts added to any other bucket are added to its sum and count
 * (rollup-changes.ts: exact, the same text as recomputing). So a rebuilt table equals the live one row for row,
 * and new facts cost the same whatever their buckets held before: recomputing every touched bucket read all
 * its facts, so each request of the bench, which reports new facts for the same products and months, took
 * longer than the one before (bench/README.md). Returns the touched product months, whose per-line monthly
 * rollup (line-rollups.ts) and per-product portfolio figures (product-figures.ts) refreshRollupSummaries
 * brings up to date.
 */
const dailySelect = `
  SELECT f.product_id, f.version, f.metric, f.unit, f.valid_from AS day, sum(f.value) AS value_sum, count(*)::int AS value_count
    FROM facts f`;

const monthlySelect = `
  SELECT f.product_id, f.version, f.metric, f.unit, date_trunc('month', f.valid_from)::date AS month, f.granularity AS origin,
         sum(f.value) AS value_sum, count(*)::int AS value_count
    FROM facts f`;

type MonthBucket = RollupBucket & { readonly month: string };

const toMonth = <B extends RollupBucket>(bucket: B): B & { month: string } => ({
  ...bucket,
  month: bucket.granularity === 'month' ? bucket.validFrom : `${bucket.validFrom.slice(0, 7)}-01`,
});

const monthKey = (bucket: MonthBucket): string =>
  JSON.stringify([
    bucket.productId,
    bucket.version,
    bucket.metric,
    bucket.unit,
    bucket.granularity,
    bucket.month,
  ]);

const uniqueBy = <B>(buckets: readonly B[], key: (bucket: B) => string): B[] => [
  ...new Map(buckets.map((bucket) => [key(bucket), bucket])).values(),
];

export async function refreshRollups(client: PoolClient, changes: RollupChanges): Promise<ProductMonth[]> {
  const replacedDays = uniqueBy(
    changes.replaced.filter((bucket) => bucket.granularity === 'day'),
    bucketKey,
  );
  const recomputedDays = new Set(replacedDays.map(bucketKey));
  if (replacedDays.length > 0) await refreshDaily(client, replacedDays);
  await addDaily(
    client,
    changes.added.filter((point) => point.granularity === 'day' && !recomputedDays.has(bucketKey(point))),
  );

  const replacedMonths = uniqueBy(changes.replaced.map(toMonth), monthKey);
  const recomputedMonths = new Set(replacedMonths.map(monthKey));
  if (replacedMonths.length > 0) await refreshMonthly(client, replacedMonths);
  const addedMonths = changes.added.map(toMonth);
  await addMonthly(
    client,
    addedMonths.filter((point) => !recomputedMonths.has(monthKey(point))),
  );

  return uniqueBy(
    [...replacedMonths, ...addedMonths].map((bucket) => ({
      productId: bucket.productId,
      metric: bucket.metric,
      unit: bucket.unit,
      month: bucket.month,
    })),
    productMonthKey,
  );
}

export const productMonthKey = (month: ProductMonth): string =>
  JSON.stringify([month.productId, month.metric, month.unit, month.month]);

/**
 * Brings what is summed up from the rollups up to date for the touched product months: the per-line monthly
 * rollup and the portfolio's per-product figures, in the same transaction. Once per ingest transaction, after
 * all its chunks: a 50,000-fact request touches the same products in each of its five chunks.
 */
export async function refreshRollupSummaries(
  client: PoolClient,
  months: readonly ProductMonth[],
): Promise<void> {
  await refreshLineMonths(client, months);
  await refreshProductFigures(client, [
    ...new Set(
      months.filter((month) => figureMetrics.includes(month.metric)).map((month) => month.productId),
    ),
  ]);
}

/**
 * Adds new facts to their buckets, one statement per table, grouped per bucket (a bucket is updated once).
 * One JSON document rather than array parameters, as in write-facts.ts.
 */
async function addDaily(client: PoolClient, points: readonly AddedPoint[]): Promise<void> {
  if (points.length === 0) return;
  await client.query({
    name: 'analytics.add-performance-daily',
    text: `INSERT INTO performance_daily AS d (product_id, version, metric, unit, day, value_sum, value_count)
     SELECT product_id, version, metric, unit, day, sum(value), count(*)::int
       FROM json_to_recordset($1::json) AS p(product_id uuid, version text, metric text, unit text, day date, value numeric)
      GROUP BY product_id, version, metric, unit, day
     ON CONFLICT (product_id, version, metric, unit, day)
     DO UPDATE SET value_sum = d.value_sum + EXCLUDED.value_sum, value_count = d.value_count + EXCLUDED.value_count`,
    values: [
      JSON.stringify(
        points.map((p) => ({
          product_id: p.productId,
          version: p.version,
          metric: p.metric,
          unit: p.unit,
          day: p.validFrom,
          value: p.value,
        })),
      ),
    ],
  });
}

async function addMonthly(
  client: PoolClient,
  points: readonly (AddedPoint & { month: string })[],
): Promise<void> {
  if (points.length === 0) return;
  await client.query({
    name: 'analytics.add-performance-monthly',
    text: `INSERT INTO performance_monthly AS m (product_id, version, metric, unit, month, origin, value_sum, value_count)
     SELECT product_id, version, metric, unit, month, origin, sum(value), count(*)::int
       FROM json_to_recordset($1::json)
         AS p(product_id uuid, version text, metric text, unit text, month date, origin text, value numeric)
      GROUP BY product_id, version, metric, unit, month, origin
     ON CONFLICT (product_id, version, metric, unit, month, origin)
     DO UPDATE SET value_sum = m.value_sum + EXCLUDED.value_sum, value_count = m.value_count + EXCLUDED.value_count`,
    values: [
      JSON.stringify(
        points.map((p) => ({
          product_id: p.productId,
          version: p.version,
          metric: p.metric,
          unit: p.unit,
          month: p.month,
          origin: p.granularity,
          value: p.value,
        })),
      ),
    ],
  });
}

/**
 * Recomputes buckets that lost a fact, one statement per table: each bucket's sum and count are read from its own facts through
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

async function refreshMonthly(client: PoolClient, buckets: readonly MonthBucket[]): Promise<void> {
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
