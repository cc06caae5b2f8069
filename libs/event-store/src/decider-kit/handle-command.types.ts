import type { AppendResult, EventMetadata, ExpectedVersion, NewEvent, StoredEvent } from '../store/event-types';
import type { DomainEvent } from '../decider';

/** What a command handler needs from the store; both `EventStore` and `EventStoreTransaction` fit. */
export interface EventStreams {
  readStream(streamId: string, options?: { fromVersion?: number }): Promise<StoredEvent[]>;
  append(streamId: string, events: readonly NewEvent[], options: { expectedVersion: ExpectedVersion }): Promise<AppendResult>;
}

export interface RetryPolicy {
  /** Total attempts including the first (2 = one retry). */
  readonly attempts: number;
  /** Delay before the first retry; doubles each time, with full jitter. Default 10 ms. */
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
}

export interface HandleCommandOptions {
  /**
   * The version the client saw (e.g. from `If-Match`). When given, a conflict is final: the command was
   * decided on a state the client no longer sees. When absent, the loaded version is used.
   */
  readonly expectedVersion?: ExpectedVersion;
  /** Reload, decide again and re-append on ConcurrencyError (only without an explicit expectedVersion). */
  readonly retryOnConflict?: RetryPolicy;
  /** Added to every appended event's metadata (over the store's provider). */
  readonly metadata?: EventMetadata;
}

export interface HandleCommandResult<Event extends DomainEvent, State> {
  /** The appended events (empty when `decide` decided nothing happened). */
  readonly events: StoredEvent<Event['type'], Event['data']>[];
  /** The state after the new events. */
  readonly state: State;
  readonly nextExpectedVersion: number;
}

export interface LoadedAggregate<State> {
  readonly state: State;
  /** The stream's version (0 when it has no events). */
  readonly version: number;
}
