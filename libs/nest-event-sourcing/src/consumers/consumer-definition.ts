import type { ModuleRef } from '@nestjs/core';
import type { ConsumedEvent, EventStore, EventStoreTransaction, RetryPolicy } from '@product-ledger/event-store';
import type { PoolClient } from 'pg';

/** What a consumer's handler may use besides its transaction's client. */
export interface ConsumerContext {
  readonly store: EventStore;
  /**
   * The store on the handler's transaction: what a policy appends (`executeCommand(context.tx, ...)`)
   * commits with the checkpoint.
   */
  readonly tx: EventStoreTransaction;
  /** To reach the service's providers: `moduleRef.get(Thing, { strict: false })`. */
  readonly moduleRef: ModuleRef;
}

export type ConsumerHandler = (
  event: ConsumedEvent,
  client: PoolClient,
  context: ConsumerContext,
) => Promise<void>;

/**
 * Applies all events of one Kafka batch at once, in the batch's transaction (set-based work). When it
 * throws, the runner rolls back and applies the batch event by event through `handle`, so a poison message
 * goes to the dead-letter topic alone.
 */
export type ConsumerBatchHandler = (
  events: readonly ConsumedEvent[],
  client: PoolClient,
  context: ConsumerContext,
) => Promise<void>;

/** Settings both consumers (policies) and projections share. */
export interface ConsumerSettings {
  /** Names the consumer in readiness (`consumer:<name>`), logs and rebuilds. Unique per service. */
  readonly name: string;
  readonly groupId: string;
  readonly topics: readonly string[];
  /** Where a partition without a checkpoint starts. Default true. */
  readonly fromBeginning?: boolean;
  /** Per-message attempts before the dead-letter topic, over the core's `consumerRetry`. */
  readonly retry?: Partial<RetryPolicy>;
  /** Default `${groupId}.dlq`. */
  readonly dlqTopic?: string;
  /** Skip event ids this group already processed (for facts that can arrive on two topics). */
  readonly dedupeByEventId?: boolean;
}

/** A policy (or any consumer that is not a rebuildable read model). */
export interface ConsumerDefinition extends ConsumerSettings {
  readonly kind: 'consumer';
  /** One event; also the fallback of `handleBatch` (event by event, after the batch failed). */
  readonly handle: ConsumerHandler;
  /** When given, each healthy Kafka batch is applied with one call. */
  readonly handleBatch?: ConsumerBatchHandler;
}

/** `handle`, `handleBatch` or both; with only `handleBatch`, one event is handled as a batch of one. */
export type ConsumerDefinitionInput = ConsumerSettings &
  (
    | { readonly handle: ConsumerHandler; readonly handleBatch?: ConsumerBatchHandler }
    | { readonly handle?: undefined; readonly handleBatch: ConsumerBatchHandler }
  );

export function defineConsumer(definition: ConsumerDefinitionInput): ConsumerDefinition {
  const { handleBatch } = definition;
  const handle: ConsumerHandler =
    definition.handle ?? ((event, client, context) => handleBatch!([event], client, context));
  return { ...definition, handle, kind: 'consumer' };
}
