import type { Kafka } from 'kafkajs';
import type { Pool } from 'pg';
import type { MessageBus } from '../kafka/message-bus';
import type { Checkpoint, StoredEvent } from '../store/event-types';
import type { EventStoreLogger } from '../logger';

export interface RelayOptions {
  readonly pool: Pool;
  /** Schema of the event store to publish. Default 'public'. */
  readonly schema?: string;
  readonly kafka: Kafka | MessageBus;
  /** Topic of an event, e.g. from the contracts registry: `(e) => registry.topicOf(e.type)!`. */
  topicFor(event: StoredEvent): string;
  /** CloudEvents `source` of every event, e.g. '/product-ledger/catalogue'. */
  readonly source: string;
  /** Partitions of the topics the relay creates (existing topics are left alone). Default 3. */
  readonly partitions?: number;
  /** Topics to create on start; topics first seen later are created before their first publish. */
  readonly topics?: readonly string[];
  /** Relay name: its checkpoint row and its lock. One active relay per (schema, name). Default 'kafka'. */
  readonly name?: string;
  /** Events read and published per round. Default 500. */
  readonly batchSize?: number;
  /**
   * Poll interval when nothing wakes the relay (polling is the source of truth). Commits made through an
   * event store on the same pool wake it at once, commits from other processes by a NOTIFY. Default 1000 ms.
   */
  readonly pollIntervalMs?: number;
  /**
   * When committed events are held back by an older transaction still open (the gap-free rule), the relay
   * looks again after this long, doubling up to `pollIntervalMs` while the transaction stays open. Default 20 ms.
   */
  readonly heldBackRepollMs?: number;
  /** How often a standby instance tries to take the lock. Default 1000 ms. */
  readonly standbyPollMs?: number;
  readonly logger?: EventStoreLogger;
}

export type RelayRole = 'starting' | 'active' | 'standby' | 'stopped';

export interface RelayStatus {
  readonly name: string;
  readonly role: RelayRole;
  readonly checkpoint: Checkpoint | null;
  /** Committed events not yet published (counted up to 10 000), when active; 0 when standby. */
  readonly lag: number;
  readonly publishedTotal: number;
  readonly lastPublishedAt?: Date;
  /** The last error that interrupted a round (the relay retries by itself). */
  readonly lastError?: string;
}

export interface RelayHandle {
  status(): RelayStatus;
  /** Resolves when this instance is the active relay (useful in tests and start-up logs). */
  whenActive(): Promise<void>;
  /** Stops publishing, releases the lock, closes the producer and the relay's connection. */
  stop(): Promise<void>;
}
