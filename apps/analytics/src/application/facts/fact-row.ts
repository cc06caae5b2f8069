/** One row of an ingest input, before the fact contract checked it. */
export interface FactRow {
  /** 1-based line of the input where the row starts. */
  readonly line: number;
  /** 0-based position among the input's rows. */
  readonly index: number;
  /** The row as read; absent when it could not even be read (then `unreadable` says why). */
  readonly candidate?: unknown;
  readonly unreadable?: string;
}

/** The input as a whole cannot be read (not an array, no CSV header, ...): nothing of it is ingested. */
export class UnreadableIngestInput extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableIngestInput';
  }
}
