import {
  eventStoreSchema,
  migrationTimestamps,
  sqlMigration,
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
  ...versionedSqlMigrations(
    'CatalogueWriteSide',
    migrationTimestamps.writeSide,
    'catalogue_write_side_migrations',
    writeSideMigrations,
  ),
  ...versionedSqlMigrations(
    'CatalogueReadModel',
    migrationTimestamps.readModel,
    'catalogue_read_model_migrations',
    readModelMigrations,
  ),
  sqlMigration({
    name: 'CatalogueProductLineOwners',
    timestamp: 1_796_688_000_000,
    up: `
      ALTER TABLE product_lines ADD COLUMN owner_id text;
      CREATE INDEX product_lines_by_owner ON product_lines (owner_id);
      CREATE INDEX product_stakeholders_by_person ON product_stakeholders (person_id);
    `,
    down: `
      DROP INDEX product_stakeholders_by_person;
      ALTER TABLE product_lines DROP COLUMN owner_id;
    `,
  }),
];
