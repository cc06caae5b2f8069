import {
  eventStoreSchema,
  migrationTimestamps,
  versionedSqlMigrations,
  type ServiceMigrationClass,
} from '@product-ledger/nest-event-sourcing';
import { writeSideMigrations } from './write-side-migrations';
import { readModelMigrations } from '../projections/read-model-migrations';

/**
 * Every table of the catalogue service, in order: the event store, the write-side guard tables, the read
 * model. Run with TypeORM's migration runner at start, by `migrate.js` and by `typeorm migration:* -d
 * dist/apps/catalogue/src/persistence/data-source.js`. Applied migrations are never edited: a change is a new
 * `sqlMigration({ name, timestamp: Date.now() at writing, up, down })` at the end of this list.
 */
export const catalogueMigrations: readonly ServiceMigrationClass[] = [
  ...eventStoreSchema(),
  ...versionedSqlMigrations('CatalogueWriteSide', migrationTimestamps.writeSide,
    'catalogue_write_side_migrations', writeSideMigrations),
  ...versionedSqlMigrations('CatalogueReadModel', migrationTimestamps.readModel,
    'catalogue_read_model_migrations', readModelMigrations),
];
