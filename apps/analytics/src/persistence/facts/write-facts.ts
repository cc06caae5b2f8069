import type { PoolClient } from 'pg';
import type { FactWrite } from '../../domain/facts/classify-facts';
import { factPeriodOf } from '../../domain/facts/fact-period';
import type { RollupBucket } from './rollup-bucket';

type BucketRow = {
  product_id: string;
  version: string;
  metric: string;
  unit: string;
  granularity: 'day' | 'month';
  valid_from: string;
};

/**
 * Stores the facts the classification decided to write, at transaction time `recordedAt`. A superseded fact
 * is closed (`superseded_at`), except one written earlier in this same transaction: nobody ever saw that
 * one, so it is removed. Returns the rollup buckets of every fact added or closed.
 */
export async function writeFacts(
  client: PoolClient,
  writes: readonly FactWrite[],
  recordedAt: Date,
  channel: 'http' | 'kafka',
): Promise<RollupBucket[]> {
  if (writes.length === 0) return [];
  const touched: RollupBucket[] = [];
  const superseding = writes.filter((write) => write.supersedes).map((write) => write.fact);
  if (superseding.length > 0) {
    const { rows } = await client.query<BucketRow>(
      `WITH identities AS (SELECT DISTINCT * FROM unnest($1::text[], $2::text[]) AS i(source, external_id)),
       removed AS (
         DELETE FROM facts f USING identities i
          WHERE f.source = i.source AND f.external_id = i.external_id
            AND f.superseded_at IS NULL AND f.recorded_at = $3
          RETURNING f.product_id, f.version, f.metric, f.unit, f.granularity, f.valid_from),
       closed AS (
         UPDATE facts f SET superseded_at = $3 FROM identities i
          WHERE f.source = i.source AND f.external_id = i.external_id
            AND f.superseded_at IS NULL AND f.recorded_at < $3
          RETURNING f.product_id, f.version, f.metric, f.unit, f.granularity, f.valid_from)
       SELECT product_id, version, metric, unit, granularity, to_char(valid_from, 'YYYY-MM-DD') AS valid_from FROM removed
       UNION ALL
       SELECT product_id, version, metric, unit, granularity, to_char(valid_from, 'YYYY-MM-DD') AS valid_from FROM closed`,
      [superseding.map((fact) => fact.source), superseding.map((fact) => fact.externalId), recordedAt],
    );
    touched.push(...rows.map(toBucket));
  }

  const facts = writes.map((write) => ({ fact: write.fact, period: factPeriodOf(write.fact.period) }));
  await client.query(
    `INSERT INTO facts (source, external_id, product_id, version, metric, unit, period, granularity, valid_from, valid_to,
                        value, recorded_at, channel)
     SELECT source, external_id, product_id, version, metric, unit, period, granularity, valid_from, valid_to, value, $12, $13
       FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                   $9::date[], $10::date[], $11::numeric[])
         AS n(source, external_id, product_id, version, metric, unit, period, granularity, valid_from, valid_to, value)`,
    [
      facts.map(({ fact }) => fact.source),
      facts.map(({ fact }) => fact.externalId),
      facts.map(({ fact }) => fact.productId),
      facts.map(({ fact }) => fact.version ?? ''),
      facts.map(({ fact }) => fact.metric),
      facts.map(({ fact }) => fact.unit),
      facts.map(({ fact }) => fact.period),
      facts.map(({ period }) => period.granularity),
      facts.map(({ period }) => period.validFrom),
      facts.map(({ period }) => period.validTo),
      facts.map(({ fact }) => String(fact.value)),
      recordedAt,
      channel,
    ],
  );
  touched.push(
    ...facts.map(({ fact, period }) => ({
      productId: fact.productId,
      version: fact.version ?? '',
      metric: fact.metric,
      unit: fact.unit,
      granularity: period.granularity,
      validFrom: period.validFrom,
    })),
  );
  return touched;
}

function toBucket(row: BucketRow): RollupBucket {
  return {
    productId: row.product_id,
    version: row.version,
    metric: row.metric,
    unit: row.unit,
    granularity: row.granularity,
    validFrom: row.valid_from,
  };
}
