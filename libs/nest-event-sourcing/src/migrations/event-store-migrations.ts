import { eventStoreMigrations, eventStoreMigrationsTable } from '@product-ledger/event-store';
import { versionedSqlMigrations, type ServiceMigrationClass } from './sql-migration';

/** The event store's tables (events, checkpoints, relay state, ...) as the first migrations of a service. */
export function eventStoreSchema(schema = 'public'): ServiceMigrationClass[] {
  return versionedSqlMigrations(
    'EventStore',
    migrationTimestamps.eventStore,
    eventStoreMigrationsTable(schema),
    eventStoreMigrations.map((migration) => ({ ...migration, sql: migration.sql(schema) })),
  );
}

/**
 * Where the migrations that predate TypeORM sit in the order (version n of a list is `base + n`): the event
 * store first, then a service's write-side tables, then its read models. New migrations take the time they
 * were written (`Date.now()`), which sorts after all of these.
 */
export const migrationTimestamps = {
  eventStore: 1_700_000_000_000,
  writeSide: 1_700_000_100_000,
  readModel: 1_700_000_200_000,
  secondReadModel: 1_700_000_300_000,
} as const;
