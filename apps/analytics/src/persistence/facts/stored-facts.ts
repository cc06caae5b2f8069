import type { MetricFact } from '@product-ledger/contracts';
import type { PoolClient } from 'pg';
import { factIdentity, type FactContent } from '../../domain/facts/fact-content';

/**
 * The current content of the facts with these identities (those known at all): per identity its latest
 * version (`facts_identity_history`, newest `recorded_at` first), if not superseded. One index lookup per
 * identity whatever the statistics: a semi-join of the identities with `facts`, or a lookup the planner may
 * answer from another partial index, scanned every current fact for each Kafka batch or ingest chunk while
 * the table grew faster than autovacuum analysed it (10,000 facts in batches of 300: from 10,000 down to
 * 5,000 facts/s over four rounds; bench/README.md).
 */
export async function storedFactContents(
  client: PoolClient,
  facts: readonly Pick<MetricFact, 'source' | 'externalId'>[],
): Promise<Map<string, FactContent>> {
  const { rows } = await client.query<{
    source: string;
    external_id: string;
    product_id: string;
    version: string;
    metric: FactContent['metric'];
    period: string;
    value: string;
    unit: string;
  }>({
    name: 'analytics.stored-fact-contents',
    text: `SELECT f.source, f.external_id, f.product_id, f.version, f.metric, f.period, f.value::text AS value, f.unit
       FROM (SELECT DISTINCT * FROM unnest($1::text[], $2::text[]) AS i(source, external_id)) i
       CROSS JOIN LATERAL (
         SELECT f.source, f.external_id, f.product_id, f.version, f.metric, f.period, f.value, f.unit, f.superseded_at
           FROM facts f
          WHERE f.source = i.source AND f.external_id = i.external_id
          ORDER BY f.recorded_at DESC
          LIMIT 1) f
      WHERE f.superseded_at IS NULL`,
    values: [facts.map((fact) => fact.source), facts.map((fact) => fact.externalId)],
  });
  return new Map(
    rows.map((row) => [
      factIdentity({ source: row.source, externalId: row.external_id }),
      {
        productId: row.product_id,
        version: row.version === '' ? undefined : row.version,
        metric: row.metric,
        period: row.period,
        value: Number(row.value),
        unit: row.unit,
      },
    ]),
  );
}
