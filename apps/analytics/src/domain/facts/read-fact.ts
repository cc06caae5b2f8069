import { metricFactSchema, type MetricFact } from '@product-ledger/contracts';

export type FactReading =
  | { readonly ok: true; readonly fact: MetricFact }
  | { readonly ok: false; readonly reason: string };

/**
 * Checks one reported row against the fact contract. The reason names every broken field, so the sender
 * can fix the row without guessing (`unit: revenue is reported in ...; value: expected number`).
 */
export function readFact(candidate: unknown): FactReading {
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
    return {
      ok: false,
      reason: 'a fact is an object with productId, metric, period, value, unit, source and externalId',
    };
  }
  const parsed = metricFactSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, fact: parsed.data };
  const reason = parsed.error.issues
    .map((issue) => `${issue.path.map(String).join('.') || '(row)'}: ${issue.message}`)
    .join('; ');
  return { ok: false, reason };
}
