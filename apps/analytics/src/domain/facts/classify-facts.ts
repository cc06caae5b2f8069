import type { MetricFact } from '@product-ledger/contracts';
import { factIdentity, sameFactContent, type FactContent } from './fact-content';

/**
 * accepted: a fact not known before; duplicate: the same fact again (nothing changes);
 * correction: a known fact with a different content (the new one supersedes the old one).
 */
export type FactOutcome = 'accepted' | 'duplicate' | 'correction';

export interface FactClassification {
  /** One outcome per incoming fact, in input order. */
  readonly outcomes: FactOutcome[];
  /** What to store: per identity the last content reported, when it differs from what was stored. */
  readonly writes: FactWrite[];
}

export interface FactWrite {
  readonly fact: MetricFact;
  /** True when a stored fact with this identity has to be superseded. */
  readonly supersedes: boolean;
}

/**
 * Classifies a batch of facts against what is known (`stored`: current content per identity), in order:
 * a fact repeated inside the batch compares with its previous report in the batch. Only the last report of
 * an identity is written; the ones before it were never visible to anybody, so no history is lost.
 */
export function classifyFacts(
  stored: ReadonlyMap<string, FactContent>,
  incoming: readonly MetricFact[],
): FactClassification {
  const latest = new Map<string, FactContent>(stored);
  const lastReport = new Map<string, MetricFact>();
  const outcomes = incoming.map((fact): FactOutcome => {
    const identity = factIdentity(fact);
    const known = latest.get(identity);
    latest.set(identity, fact);
    lastReport.set(identity, fact);
    if (!known) return 'accepted';
    return sameFactContent(known, fact) ? 'duplicate' : 'correction';
  });
  const writes: FactWrite[] = [];
  for (const [identity, fact] of lastReport) {
    const before = stored.get(identity);
    if (before && sameFactContent(before, fact)) continue;
    writes.push({ fact, supersedes: before !== undefined });
  }
  return { outcomes, writes };
}
