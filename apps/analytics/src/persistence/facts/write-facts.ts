import type { PoolClient } from 'pg';
import type { FactWrite } from '../../domain/facts/classify-facts';
import { factPeriodOf } from '../../domain/facts/fact-period';
import type { RollupBucket } from './rollup-bucket';
import type { RollupChanges } from './rollup-changes';

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
  /** The transaction time as the server's text (ingest-lock.ts): compared for equality, so never a JS Date. */
  recordedAt: string,
  channel: 'http' | 'kafka',
): Promise<RollupChanges> {
  if (writes.length === 0) return { replaced: [], added: [] };
  const replaced: RollupBucket[] = [];
  const superseding = writes.filter((write) => write.supersedes).map((write) => write.fact);
  if (superseding.length > 0) {
    // The current version of each identity as in stored-facts.ts (one index lookup each, whatever the
    // statistics), then removed or closed by primary key.
    const { rows } = await client.query<BucketRow>({
      name: 'analytics.supersede-facts',
      text: `WITH current AS MATERIALIZED (
         SELECT f.fact_id, f.recorded_at
           FROM (SELECT DISTINCT * FROM unnest($1::text[], $2::text[]) AS i(source, external_id)) i
           CROSS JOIN LATERAL (
             SELECT f.fact_id, f.recorded_at, f.superseded_at FROM facts f
              WHERE f.source = i.source AND f.external_id = i.external_id
              ORDER BY f.recorded_at DESC
              LIMIT 1) f
          WHERE f.superseded_at IS NULL),
       removed AS (
         DELETE FROM facts f WHERE f.fact_id = ANY (ARRAY(SELECT fact_id FROM current WHERE recorded_at = $3::timestamptz))
          RETURNING f.product_id, f.version, f.metric, f.unit, f.granularity, f.valid_from),
       closed AS (
         UPDATE facts f SET superseded_at = $3::timestamptz
          WHERE f.fact_id = ANY (ARRAY(SELECT fact_id FROM current WHERE recorded_at < $3::timestamptz))
          RETURNING f.product_id, f.version, f.metric, f.unit, f.granularity, f.valid_from)
       SELECT product_id, version, metric, unit, granularity, to_char(valid_from, 'YYYY-MM-DD') AS valid_from FROM removed
       UNION ALL
       SELECT product_id, version, metric, unit, granularity, to_char(valid_from, 'YYYY-MM-DD') AS valid_from FROM closed`,
      values: [
        superseding.map((fact) => fact.source),
        superseding.map((fact) => fact.externalId),
        recordedAt,
      ],
    });
    replaced.push(...rows.map(toBucket));
  }

  const facts = writes.map((write) => ({ fact: write.fact, period: factPeriodOf(write.fact.period) }));
  // One JSON document rather than eleven array parameters: pg serialises arrays element by element and the
  // server parses each array literal, about twice the cost of json_to_recordset for the same rows.
  const rows = facts.map(({ fact, period }) => ({
    source: fact.source,
    external_id: fact.externalId,
    product_id: fact.productId,
    version: fact.version ?? '',
    metric: fact.metric,
    unit: fact.unit,
    period: fact.period,
    granularity: period.granularity,
    valid_from: period.validFrom,
    valid_to: period.validTo,
    value: String(fact.value),
  }));
  await client.query({
    name: 'analytics.insert-facts',
    text: `INSERT INTO facts (source, external_id, product_id, version, metric, unit, period, granularity, valid_from, valid_to,
                        value, recorded_at, channel)
     SELECT source, external_id, product_id, version, metric, unit, period, granularity, valid_from, valid_to, value, $2::timestamptz, $3
       FROM json_to_recordset($1::json)
         AS n(source text, external_id text, product_id uuid, version text, metric text, unit text, period text,
              granularity text, valid_from date, valid_to date, value numeric)`,
    values: [JSON.stringify(rows), recordedAt, channel],
  });
  return {
    replaced,
    added: facts.map(({ fact, period }, i) => ({
      productId: fact.productId,
      version: fact.version ?? '',
      metric: fact.metric,
      unit: fact.unit,
      granularity: period.granularity,
      validFrom: period.validFrom,
      value: rows[i]!.value,
    })),
  };
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
