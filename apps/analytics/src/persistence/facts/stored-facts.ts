import type { MetricFact } from '@product-ledger/contracts';
import type { PoolClient } from 'pg';
import { factIdentity, type FactContent } from '../../domain/facts/fact-content';

/** The current content of the facts with these identities (those known at all). */
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
  }>(
    `SELECT f.source, f.external_id, f.product_id, f.version, f.metric, f.period, f.value::text AS value, f.unit
       FROM facts f
      WHERE f.superseded_at IS NULL
        AND (f.source, f.external_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
    [facts.map((fact) => fact.source), facts.map((fact) => fact.externalId)],
  );
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
