import {
  eventStoreSchema,
  migrationTimestamps,
  sqlMigration,
  type ServiceMigrationClass,
} from '@product-ledger/nest-event-sourcing';
import { productStewardsMigration } from '@product-ledger/product-access';
import { readModelMigration } from '../projections/read-model-migration';

/**
 * Every table of the lifecycle service, in order: the event store, then the `lifecycles` read model. Run
 * with TypeORM's migration runner at start, by `migrate.js` and by `typeorm migration:* -d
 * dist/apps/lifecycle/src/persistence/data-source.js`. Applied migrations are never edited: a change is a
 * new `sqlMigration({ name, timestamp: Date.now() at writing, up, down })` at the end of this list.
 */
export const lifecycleMigrations: readonly ServiceMigrationClass[] = [
  ...eventStoreSchema(),
  // Written idempotent (IF NOT EXISTS) before the service had a migration runner: a database made then
  // takes it as a no-op, so it needs no legacy record.
  sqlMigration({
    name: 'LifecycleReadModel',
    timestamp: migrationTimestamps.readModel + 1,
    up: readModelMigration,
    down: 'DROP TABLE lifecycles',
  }),
  // Who may change which product (the ownership rule), from the catalogue's events.
  productStewardsMigration(1_796_688_000_000),
];
