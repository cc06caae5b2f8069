import type { MetricFact } from '@product-ledger/contracts';

/** What a fact says, without who said it: two reports with equal content are the same fact. */
export type FactContent = Pick<MetricFact, 'productId' | 'version' | 'metric' | 'period' | 'value' | 'unit'>;

/** The idempotency key of ingest: a fact is identified by the system that reported it and its id there. */
export function factIdentity(fact: Pick<MetricFact, 'source' | 'externalId'>): string {
  return JSON.stringify([fact.source, fact.externalId]);
}

export function sameFactContent(a: FactContent, b: FactContent): boolean {
  return (
    a.productId === b.productId &&
    (a.version ?? null) === (b.version ?? null) &&
    a.metric === b.metric &&
    a.period === b.period &&
    a.unit === b.unit &&
    a.value === b.value
  );
}
