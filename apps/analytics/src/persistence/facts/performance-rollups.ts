import type { PoolClient } from 'pg';
import { bucketKey, type RollupBucket } from './rollup-bucket';

/**
 * The performance rollups are a function of the current facts: a bucket holds the sum and count of the facts
 * currently known for it. Ingest recomputes exactly the buckets it touched, with the same SQL as a full
 * rebuild, so a rebuilt table equals the live one row for row.
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
}

async function refreshDaily(client: PoolClient, buckets: readonly RollupBucket[]): Promise<void> {
  const keys = `SELECT DISTINCT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[])
                  AS t(product_id, version, metric, unit, day)`;
  const matches = `f.product_id = t.product_id AND f.version = t.version AND f.metric = t.metric AND f.unit = t.unit
                   AND f.valid_from = t.day AND f.granularity = 'day' AND f.superseded_at IS NULL`;
  const params = [
    buckets.map((b) => b.productId),
    buckets.map((b) => b.version),
    buckets.map((b) => b.metric),
    buckets.map((b) => b.unit),
    buckets.map((b) => b.validFrom),
  ];
  await client.query(
    `WITH t AS (${keys})
     INSERT INTO performance_daily (product_id, version, metric, unit, day, value_sum, value_count)
     ${dailySelect} JOIN t ON ${matches}
      GROUP BY f.product_id, f.version, f.metric, f.unit, f.valid_from
     ON CONFLICT (product_id, version, metric, unit, day)
     DO UPDATE SET value_sum = EXCLUDED.value_sum, value_count = EXCLUDED.value_count`,
    params,
  );
  await client.query(
    `WITH t AS (${keys})
     DELETE FROM performance_daily d USING t
      WHERE d.product_id = t.product_id AND d.version = t.version AND d.metric = t.metric AND d.unit = t.unit AND d.day = t.day
        AND NOT EXISTS (SELECT 1 FROM facts f WHERE ${matches})`,
    params,
  );
}

async function refreshMonthly(
  client: PoolClient,
  buckets: readonly (RollupBucket & { month: string })[],
): Promise<void> {
  const keys = `SELECT DISTINCT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[])
                  AS t(product_id, version, metric, unit, month, origin)`;
  const matches = `f.product_id = t.product_id AND f.version = t.version AND f.metric = t.metric AND f.unit = t.unit
                   AND f.granularity = t.origin AND f.valid_from >= t.month AND f.valid_from < (t.month + interval '1 month')
                   AND f.superseded_at IS NULL`;
  const params = [
    buckets.map((b) => b.productId),
    buckets.map((b) => b.version),
    buckets.map((b) => b.metric),
    buckets.map((b) => b.unit),
    buckets.map((b) => b.month),
    buckets.map((b) => b.granularity),
  ];
  await client.query(
    `WITH t AS (${keys})
     INSERT INTO performance_monthly (product_id, version, metric, unit, month, origin, value_sum, value_count)
     ${monthlySelect} JOIN t ON ${matches}
      GROUP BY f.product_id, f.version, f.metric, f.unit, date_trunc('month', f.valid_from)::date, f.granularity
     ON CONFLICT (product_id, version, metric, unit, month, origin)
     DO UPDATE SET value_sum = EXCLUDED.value_sum, value_count = EXCLUDED.value_count`,
    params,
  );
  await client.query(
    `WITH t AS (${keys})
     DELETE FROM performance_monthly m USING t
      WHERE m.product_id = t.product_id AND m.version = t.version AND m.metric = t.metric AND m.unit = t.unit
        AND m.month = t.month AND m.origin = t.origin
        AND NOT EXISTS (SELECT 1 FROM facts f WHERE ${matches})`,
    params,
  );
}

/** Recomputes both rollup tables from the current facts (the caller holds the ingest lock). */
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
  const { rows } = await client.query<{ facts: string }>(
    'SELECT count(*) AS facts FROM facts WHERE superseded_at IS NULL',
  );
  return Number(rows[0]!.facts);
}
