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
  // A UUID in any letter case names the same product; the stored and compared form is lower case, so a
  // resend in upper case is a duplicate, not a correction, and its rollup keys match the stored ones.
  if (parsed.success)
    return { ok: true, fact: { ...parsed.data, productId: parsed.data.productId.toLowerCase() } };
  const reason = parsed.error.issues
    .map((issue) => `${issue.path.map(String).join('.') || '(row)'}: ${issue.message}`)
    .join('; ');
  return { ok: false, reason };
}
