import type { FactOutcome } from './classify-facts';

/** A row that was not ingested: where it was in the input and why. Nothing of it was written. */
export interface RejectedFact {
  /** 1-based line of the input where the row starts (CSV: the header is line 1). */
  readonly line: number;
  /** 0-based position among the rows (CSV data rows, JSON array elements). */
  readonly index: number;
  readonly reason: string;
}

export interface IngestSummary {
  /** Rows read from the input. */
  readonly received: number;
  /** New facts stored. */
  readonly accepted: number;
  /** Facts known with the same content: nothing changed. */
  readonly duplicates: number;
  /** Facts known with a different content: the new content supersedes the old one. */
  readonly corrections: number;
  readonly rejected: RejectedFact[];
  /** Transactions the valid rows were applied in, one per chunk of rows (0 when none was valid). */
  readonly chunks: number;
}

export function summarise(
  outcomes: readonly FactOutcome[],
  rejected: RejectedFact[],
  received: number,
  chunks: number,
): IngestSummary {
  const count = (outcome: FactOutcome) => outcomes.filter((candidate) => candidate === outcome).length;
  return {
    received,
    accepted: count('accepted'),
    duplicates: count('duplicate'),
    corrections: count('correction'),
    rejected,
    chunks,
  };
}
