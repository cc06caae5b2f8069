// Public face of @product-ledger/event-store: the framework-free event-sourcing core.

// Schema
// Services apply these through their TypeORM migration runner (@product-ledger/nest-event-sourcing);
// `migrateEventStore` is for the core used on its own (its tests, the benchmarks).
export { migrateEventStore } from './schema/migrate';
export type { MigrateOptions } from './schema/migrate';
export { migrations as eventStoreMigrations, migrationsTable as eventStoreMigrationsTable } from './schema/migrations';
export type { Migration as EventStoreMigration } from './schema/migrations';
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
  StoredEventOf,
} from './store/event-types';
export { ConcurrencyError, DuplicateEventError, InvalidEventError } from './store/errors';
export type { EventIssue } from './store/errors';
export { createEventRegistry, validateEventData } from './store/event-registry';
export type { DataSchema, EventContractLike, EventRegistry, RegisteredEvent } from './store/event-registry';
export { traceparentFromActiveSpan } from './store/metadata';
export type { MetadataProvider } from './store/metadata';
export { createUpcastChain } from './reading/upcasting';
export type { Upcaster, UpcastChain } from './reading/upcasting';

// Commands: the write path (load -> prepare -> decide -> append -> afterAppend, retried on a lost race)
export { defineCommand } from './commands/command-definition';
export type { CommandContext, CommandDefinition } from './commands/command-definition';
export type { CommandOutcome } from './commands/command-outcome';
export { executeCommand } from './commands/execute-command';
export type { CommandOptions } from './commands/execute-command';
export { runCommand } from './commands/run-command';
export type { RunCommandOptions } from './commands/run-command';
export { inRetryingTransaction } from './commands/retrying-transaction';
export type { RetryingTransactionOptions } from './commands/retrying-transaction';
export { loadAggregate } from './commands/load-aggregate';
export type { LoadedAggregate, StreamReader } from './commands/load-aggregate';

// Transactions and retries
export { inTransaction } from './transaction/in-transaction';
export type { TransactionOptions } from './transaction/in-transaction';
export {
  appendRaceRetry,
  backoffDelay,
  commandRetry,
  consumerRetry,
  policyRetry,
  retrying,
  retryPolicy,
} from './retry/backoff';
export type { RetryPolicy } from './retry/backoff';

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
  DeadLetterReport,
  PartitionLag,
} from './consumer/consumer.types';
export { markEventProcessed } from './consumer/processed-events';
export { prometheusDeadLetterReporter, prometheusLagReporter } from './consumer/lag-metrics';
export { trackRelayMetrics } from './relay/relay-metrics';
export { projectionProgress, resetProjection, waitForProjection } from './consumer/rebuild';
export type { ProjectionProgress, ResetProjectionOptions, WaitForProjectionOptions } from './consumer/rebuild';

export type { EventStoreLogger } from './logger';
