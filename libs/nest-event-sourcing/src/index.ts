// Public face of @product-ledger/nest-event-sourcing: NestJS glue for the event-sourcing core.
export { EventStoreModule } from './module/event-store.module';
export type {
  EventStoreModuleOptions,
  IdempotencySettings,
  RelaySettings,
} from './module/event-store-module-options';
export { EVENT_REGISTRY, EVENT_STORE, EVENT_STORE_OPTIONS, SERVICE_DATA_SOURCE } from './module/tokens';
export { EventRelay, RELAY_READINESS_CHECK } from './module/event-relay';
export { requestContextMetadata } from './module/request-context-metadata';

// Commands
export { CommandRunner } from './commands/command-runner';

// HTTP
export { IfMatch, parseIfMatch } from './http/if-match';
export type { IfMatchVersion } from './http/if-match';
export { etag, setETag } from './http/etag';
export { IdempotencyInterceptor } from './http/idempotency/idempotency.interceptor';
export { Idempotent } from './http/idempotency/idempotent.decorator';
export { IdempotencyKeys } from './http/idempotency/idempotency-keys';

// Projections and consumers
export { defineConsumer } from './consumers/consumer-definition';
export type {
  ConsumerContext,
  ConsumerDefinition,
  ConsumerBatchHandler,
  ConsumerDefinitionInput,
  ConsumerHandler,
  ConsumerSettings,
  EventsRead,
} from './consumers/consumer-definition';
export { eventsOf } from './consumers/consumed-event-of';
export type { ConsumedEventOf } from './consumers/consumed-event-of';
export { defineProjection } from './consumers/projection-definition';
export type {
  ProcessorDefinition,
  ProjectionDefinition,
  ProjectionDefinitionInput,
} from './consumers/projection-definition';
export { EventConsumers, consumerReadinessCheck } from './consumers/event-consumers';
export { ProjectionsService } from './consumers/projections.service';
export type { RebuildOptions } from './consumers/projections.service';

// Migrations: TypeORM's runner with checksums and upgrade-in-place (data-source.ts and migrate.js per service)
export { runServiceMigrations } from './migrations/run-service-migrations';
export type { MigrationVerb, ServiceMigrations } from './migrations/run-service-migrations';
export { ServiceDataSource } from './migrations/service-data-source';
export type { ServiceDataSourceOptions } from './migrations/service-data-source';
export { ChangedMigrationError } from './migrations/migration-bookkeeping';
export {
  checksumOf,
  IrreversibleMigrationError,
  sqlMigration,
  versionedSqlMigrations,
} from './migrations/sql-migration';
export type {
  LegacyRecord,
  ServiceMigration,
  ServiceMigrationClass,
  SqlMigrationDefinition,
  VersionedSql,
} from './migrations/sql-migration';
export { eventStoreSchema, migrationTimestamps } from './migrations/event-store-migrations';
