import type { ExpectedVersion } from './event-types';

/**
 * The stream was not at the version the caller expected (HTTP 409 at the edge). `actual` is the stream's
 * version when the conflict was seen (0 = no events).
 */
export class ConcurrencyError extends Error {
  override readonly name = 'ConcurrencyError';
  readonly code = 'stream.version_conflict';

  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(`stream ${streamId} expected version ${String(expected)} but is at ${actual}`);
  }
}

export interface EventIssue {
  /** Index of the event in the appended (or consumed) batch. */
  readonly eventIndex: number;
  readonly eventType: string;
  /** Dotted path inside `data` ('' for the root). */
  readonly path: string;
  readonly message: string;
}

/** An event's data does not match its contract (or its type/version is unknown). Nothing was written. */
export class InvalidEventError extends Error {
  override readonly name = 'InvalidEventError';
  readonly code = 'event.invalid';

  constructor(readonly issues: readonly EventIssue[]) {
    super(
      `invalid event: ${issues
        .map((issue) => `${issue.eventType}${issue.path ? `.${issue.path}` : ''}: ${issue.message}`)
        .join('; ')}`,
    );
  }
}

/** An event id that is already stored was appended again (event ids are unique across the store). */
export class DuplicateEventError extends Error {
  override readonly name = 'DuplicateEventError';
  readonly code = 'event.duplicate_id';

  constructor(
    readonly streamId: string,
    readonly detail: string,
  ) {
    super(`stream ${streamId}: an appended event id is already stored (${detail})`);
  }
}
