// Public face of @product-ledger/event-store: the framework-free event-sourcing core.
export * from './decider';
export * from './domain-error';

// Schema
export { migrateEventStore } from './schema/migrate';
export type { MigrateOptions } from './schema/migrate';
export { applyMigrations, applyMigrationsUnderLock } from './schema/apply-migrations';
export type { SqlMigration } from './schema/apply-migrations';

// Store: append / read
export { createEventStore } from './store/create-event-store';
export type {
  AppendOptions,
  EventStore,
  EventStoreOptions,
  EventStoreTransaction,
  ReadAllOptions,
  ReadStreamOptions,
} from './store/event-store';
export type {
  AppendResult,
  Checkpoint,
  EventMetadata,
  ExpectedVersion,
  NewEvent,
  ReadAllResult,
  StoredEvent,
} from './store/event-types';
export { ConcurrencyError, DuplicateEventError, InvalidEventError } from './store/errors';
export type { EventIssue } from './store/errors';
export { createEventRegistry, validateEventData } from './store/event-registry';
export type { DataSchema, EventContractLike, EventRegistry, RegisteredEvent } from './store/event-registry';
export { traceparentFromActiveSpan } from './store/metadata';
export type { MetadataProvider } from './store/metadata';
export { createUpcastChain } from './reading/upcasting';
export type { Upcaster, UpcastChain } from './reading/upcasting';

// Deciders
export { handleCommand, loadAggregate } from './decider-kit/handle-command';
export type {
  EventStreams,
  HandleCommandOptions,
  HandleCommandResult,
  LoadedAggregate,
  RetryPolicy,
} from './decider-kit/handle-command.types';
export { decideInTransaction } from './decider-kit/decide-in-transaction';
export type { DecideInTransactionOptions } from './decider-kit/decide-in-transaction';
export { deciderSpec, DeciderSpecError } from './decider-kit/decider-spec';
export type { DeciderSpec, DeciderSpecWhen } from './decider-kit/decider-spec';

// Kafka port
export { kafkajsMessageBus, toMessageBus } from './kafka/kafkajs-message-bus';
export type {
  BatchControl,
  IncomingBatch,
  IncomingMessage,
  MessageBus,
  MessagePublisher,
  OutgoingMessage,
  PartitionOffset,
  SubscribeOptions,
  Subscription,
  TopicPartition,
  TopicSpec,
} from './kafka/message-bus';
export { decodeCloudEvent, encodeCloudEvent } from './kafka/cloud-events';
export type { DecodedCloudEvent } from './kafka/cloud-events';

// Relay (events -> Kafka)
export { startRelay } from './relay/start-relay';
export type { RelayHandle, RelayOptions, RelayRole, RelayStatus } from './relay/relay.types';

// Consumers (projections, policies)
export { startConsumer } from './consumer/start-consumer';
export type {
  ConsumedEvent,
  ConsumedEventHandler,
  ConsumerHandle,
  ConsumerOptions,
  ConsumerStatus,
  PartitionLag,
} from './consumer/consumer.types';
export { markEventProcessed } from './consumer/processed-events';
export { prometheusLagReporter } from './consumer/lag-metrics';
export { projectionProgress, resetProjection, waitForProjection } from './consumer/rebuild';
export type { ProjectionProgress, ResetProjectionOptions, WaitForProjectionOptions } from './consumer/rebuild';

export type { EventStoreLogger } from './logger';
