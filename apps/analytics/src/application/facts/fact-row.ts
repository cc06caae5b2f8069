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

/** One row is longer than the per-record limit (an unterminated string or quote): nothing is ingested. */
export class IngestRecordTooLarge extends Error {
  constructor(
    readonly line: number,
    readonly limit: number,
  ) {
    super(
      `the record starting on line ${line} is longer than ${limit} bytes (is a quote or string left open?)`,
    );
    this.name = 'IngestRecordTooLarge';
  }
}

/** The body is larger than the upload limit: nothing is ingested. */
export class IngestBodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`an upload is at most ${limit} bytes; split the file or send it through Kafka`);
    this.name = 'IngestBodyTooLarge';
  }
}

/**
 * The body stopped arriving before its end: it took longer than the slow-client limit (`timeout`) or the
 * client went away (`aborted`). Unlike a refused body, the complete rows read until then are applied.
 */
export class IngestInterrupted extends Error {
  constructor(
    readonly reason: 'timeout' | 'aborted',
    message: string,
  ) {
    super(message);
    this.name = 'IngestInterrupted';
  }
}
