import type { Kafka } from 'kafkajs';
import type { Pool, PoolClient } from 'pg';
import type { MessageBus } from '../kafka/message-bus';
import type { EventRegistry } from '../store/event-registry';
import type { EventMetadata } from '../store/event-types';
import type { Upcaster } from '../reading/upcasting';
import type { EventStoreLogger } from '../logger';
import type { RetryPolicy } from '../retry/backoff';

/** One event received from Kafka, decoded from the CloudEvents binary headers (and upcast). */
export interface ConsumedEvent<Type extends string = string, Data = unknown> {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  /** Kafka key = stream id of the event. */
  readonly key: string | null;
  /** ce_id. */
  readonly eventId: string;
  /** ce_type. */
  readonly type: Type;
  /** ce_schemaversion (after upcasting: the version of `data`). */
  readonly schemaVersion: number;
  /** ce_subject, falling back to the key. */
  readonly streamId: string;
  /** ce_source. */
  readonly source: string;
  /** ce_time. */
  readonly time?: Date;
  readonly data: Data;
  /** traceparent, correlation and causation from headers when present. */
  readonly metadata: EventMetadata;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Applies one event inside the batch's transaction. Throwing retries it (with backoff) and then sends it
 * to the dead-letter topic. Use only `client` for database work: it is what commits with the checkpoint.
 */
export type ConsumedEventHandler = (event: ConsumedEvent, client: PoolClient) => Promise<void>;

/**
 * Applies all events of one Kafka batch (one partition, in offset order, the undecodable ones already set
 * aside for the dead-letter topic) at once, inside the batch's transaction: for consumers whose work is
 * cheaper per set than per event. If it throws, the transaction is rolled back and the batch is applied
 * again event by event with the per-event handler (retries, then the dead-letter topic), so one poison
 * message goes to the DLQ alone and the others still commit, each exactly once.
 */
export type ConsumedBatchHandler = (events: readonly ConsumedEvent[], client: PoolClient) => Promise<void>;

export interface PartitionLag {
  readonly groupId: string;
  readonly topic: string;
  readonly partition: number;
  /** Messages on the partition after the last applied one. */
  readonly lag: number;
}

/** One message a consumer group sent to its dead-letter topic. */
export interface DeadLetterReport {
  readonly groupId: string;
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly reason: 'undecodable' | 'handler-failed';
}

export interface ConsumerOptions {
  readonly kafka: Kafka | MessageBus;
  readonly pool: Pool;
  /** Schema holding `consumer_checkpoints` / `processed_events`. Default 'public'. */
  readonly schema?: string;
  readonly groupId: string;
  readonly topics: readonly string[];
  /** Applies one event; what the runner falls back to when `batchHandler` throws. */
  readonly handler: ConsumedEventHandler;
  /** When given, a healthy batch goes through it in one call instead of `handler` once per event. */
  readonly batchHandler?: ConsumedBatchHandler;
  /** Where a partition without a checkpoint starts. Default true (projections replay everything). */
  readonly fromBeginning?: boolean;
  /**
   * Partitions of subscribed topics that do not exist yet: the consumer creates them (retention.ms=-1) so
   * services can start in any order. Existing topics are left alone. Default 3, as the relay's.
   */
  readonly partitions?: number;
  /** Default `${groupId}.dlq`. */
  readonly dlqTopic?: string;
  /** Per-message retries before the dead-letter topic, over `consumerRetry` (3 attempts, 50 ms base). */
  readonly retry?: Partial<RetryPolicy>;
  /** When given, data is checked against the contract of its (type, version); a mismatch goes to the DLQ. */
  readonly registry?: EventRegistry;
  readonly upcasters?: readonly Upcaster[];
  /** Skip events whose id this group already processed (recorded in `processed_events`). Default false. */
  readonly dedupeByEventId?: boolean;
  /**
   * How often an idle consumer checks whether its checkpoints were reset (resetProjection) so it replays
   * without waiting for a new message. Default 2000 ms.
   */
  readonly resetCheckIntervalMs?: number;
  /** Called after every batch with the lag of its partition (see `prometheusLagReporter`). */
  readonly onLag?: (lag: PartitionLag) => void;
  /** Called for every message sent to the dead-letter topic, once committed (see `prometheusDeadLetterReporter`). */
  readonly onDeadLetter?: (letter: DeadLetterReport) => void;
  readonly logger?: EventStoreLogger;
}

export interface ConsumerStatus {
  readonly groupId: string;
  readonly state: 'starting' | 'running' | 'crashed' | 'stopped';
  readonly partitions: readonly PartitionLag[];
  readonly appliedTotal: number;
  readonly deadLetteredTotal: number;
  readonly lastError?: string;
}

export interface ConsumerHandle {
  status(): ConsumerStatus;
  stop(): Promise<void>;
}
