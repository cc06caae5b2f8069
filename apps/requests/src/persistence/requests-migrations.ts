import {
  eventStoreSchema,
  migrationTimestamps,
  versionedSqlMigrations,
  type ServiceMigrationClass,
} from '@product-ledger/nest-event-sourcing';
import { productStewardsMigration } from '@product-ledger/product-access';
import { writeSideMigrations } from './write-side-migrations';
import { requestListMigrations } from '../projections/request-list-migrations';

/**
 * Every table of the requests service, in order: the event store, the write-side guard tables, the read
 * model. Run with TypeORM's migration runner at start, by `migrate.js` and by `typeorm migration:* -d
 * dist/apps/requests/src/persistence/data-source.js`. Applied migrations are never edited: a change is a new
 * `sqlMigration({ name, timestamp: Date.now() at writing, up, down })` at the end of this list.
 */
export const requestsMigrations: readonly ServiceMigrationClass[] = [
  ...eventStoreSchema(),
  ...versionedSqlMigrations(
    'RequestsWriteSide',
    migrationTimestamps.writeSide,
    'requests_write_side_migrations',
    writeSideMigrations,
  ),
  ...versionedSqlMigrations(
    'RequestList',
    migrationTimestamps.readModel,
    'request_list_migrations',
    requestListMigrations,
  ),
  // Who may change which product (the ownership rule), from the catalogue's events.
  productStewardsMigration(1_796_688_000_000),
];
