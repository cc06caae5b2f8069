import type { ModuleRef } from '@nestjs/core';
import type { EventContract } from '@product-ledger/contracts';
import type { ConsumedEvent, EventStore, EventStoreTransaction, RetryPolicy } from '@product-ledger/event-store';
import type { PoolClient } from 'pg';
import { eventsOf, type ConsumedEventOf } from './consumed-event-of';

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

export type ConsumerHandler<Event extends ConsumedEvent = ConsumedEvent> = (
  event: Event,
  client: PoolClient,
  context: ConsumerContext,
) => Promise<void>;

/**
 * Applies all events of one Kafka batch at once, in the batch's transaction (set-based work). When it
 * throws, the runner rolls back and applies the batch event by event through `handle`, so a poison message
 * goes to the dead-letter topic alone.
 */
export type ConsumerBatchHandler<Event extends ConsumedEvent = ConsumedEvent> = (
  events: readonly Event[],
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
  /**
   * The events the handlers read: they get only events of these types, as `ConsumedEventOf<Contracts>`
   * (narrowed by `type`); events of other types are skipped. Without it they get every `ConsumedEvent`.
   */
  readonly contracts?: readonly EventContract[];
}

/** A policy (or any consumer that is not a rebuildable read model). */
export interface ConsumerDefinition extends ConsumerSettings {
  readonly kind: 'consumer';
  /** One event; also the fallback of `handleBatch` (event by event, after the batch failed). */
  readonly handle: ConsumerHandler;
  /** When given, each healthy Kafka batch is applied with one call. */
  readonly handleBatch?: ConsumerBatchHandler;
}

/** What the handlers of a consumer reading `Contracts` get (every consumed event without contracts). */
export type EventsRead<Contracts extends readonly EventContract[] | undefined> =
  Contracts extends readonly EventContract[] ? ConsumedEventOf<Contracts> : ConsumedEvent;

/** `handle`, `handleBatch` or both; with only `handleBatch`, one event is handled as a batch of one. */
export type ConsumerDefinitionInput<Contracts extends readonly EventContract[] | undefined = undefined> =
  ConsumerSettings & { readonly contracts?: Contracts } & (
      | {
          readonly handle: ConsumerHandler<EventsRead<Contracts>>;
          readonly handleBatch?: ConsumerBatchHandler<EventsRead<Contracts>>;
        }
      | { readonly handle?: undefined; readonly handleBatch: ConsumerBatchHandler<EventsRead<Contracts>> }
    );

export function defineConsumer<const Contracts extends readonly EventContract[] | undefined = undefined>(
  definition: ConsumerDefinitionInput<Contracts>,
): ConsumerDefinition {
  const reads = readerOf<Contracts>(definition.name, definition.contracts);
  const { handle: handleOne, handleBatch: handleAll } = definition;
  const handleBatch: ConsumerBatchHandler | undefined = handleAll && ((events, client, context) => {
    const read = events.filter(reads);
    return read.length > 0 ? handleAll(read, client, context) : Promise.resolve();
  });
  const handle: ConsumerHandler = handleOne
    ? (event, client, context) => (reads(event) ? handleOne(event, client, context) : Promise.resolve())
    : (event, client, context) => handleBatch!([event], client, context);
  return { ...definition, handle, handleBatch, kind: 'consumer' };
}

/** The filter of a definition's handlers: its contracts' events, or every event without contracts. */
export function readerOf<Contracts extends readonly EventContract[] | undefined>(
  consumer: string,
  contracts: Contracts | undefined,
): (event: ConsumedEvent) => event is EventsRead<Contracts> {
  const reads = contracts ? eventsOf(consumer, contracts) : () => true;
  return (event): event is EventsRead<Contracts> => reads(event);
}
