import type { Pool, PoolClient } from 'pg';
import type { EventRegistry } from './event-registry';
import type { AppendResult, Checkpoint, ExpectedVersion, NewEvent, ReadAllResult, StoredEvent } from './event-types';
import type { MetadataProvider } from './metadata';
import type { Upcaster } from '../reading/upcasting';

export interface EventStoreOptions {
  readonly pool: Pool;
  /** PostgreSQL schema holding the store's tables (run `migrateEventStore` for it first). Default 'public'. */
  readonly schema?: string;
  /** When given, every appended event is validated against its contract before the database is touched. */
  readonly registry?: EventRegistry;
  readonly upcasters?: readonly Upcaster[];
  /** Metadata of the current request; default: traceparent of the active OpenTelemetry span. */
  readonly metadata?: MetadataProvider;
}

export interface AppendOptions {
  readonly expectedVersion: ExpectedVersion;
  /** Append inside the caller's open transaction (the caller commits). */
  readonly client?: PoolClient;
}

export interface ReadStreamOptions {
  /** First version to return (inclusive); default 1. */
  readonly fromVersion?: number;
  /** Last version to return (inclusive); default: the end of the stream. */
  readonly toVersion?: number;
  readonly client?: PoolClient;
}

export interface ReadAllOptions {
  readonly client?: PoolClient;
}

/** The store as seen inside `withTransaction`: every call runs on the transaction's client. */
export interface EventStoreTransaction {
  readonly client: PoolClient;
  append(streamId: string, events: readonly NewEvent[], options: { expectedVersion: ExpectedVersion }): Promise<AppendResult>;
  readStream(streamId: string, options?: Omit<ReadStreamOptions, 'client'>): Promise<StoredEvent[]>;
  streamVersion(streamId: string): Promise<number>;
}

export interface EventStore {
  readonly schema: string;
  readonly pool: Pool;
  readonly registry?: EventRegistry;
  append(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;
  /** The stream's current version (0 when it has no events). */
  streamVersion(streamId: string, options?: { client?: PoolClient }): Promise<number>;
  /** Committed events after `after` (null = from the start) in gap-free order, at most `limit`. */
  readAll(after: Checkpoint | null, limit?: number, options?: ReadAllOptions): Promise<ReadAllResult>;
  /** Runs `work` in one transaction (BEGIN/COMMIT, ROLLBACK on throw) and returns its result. */
  withTransaction<T>(work: (tx: EventStoreTransaction) => Promise<T>): Promise<T>;
  /**
   * The store on a transaction the caller opened itself (a consumer's batch): what is appended commits or
   * rolls back with it.
   */
  onClient(client: PoolClient): EventStoreTransaction;
}
