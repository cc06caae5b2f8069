// `node dist/apps/catalogue/src/migrate.js`: every catalogue migration, then exit (npm start and the
// release's migration job run it before the service starts; the service also migrates at start).
import { runServiceMigrations } from '@product-ledger/nest-event-sourcing';
import { loadCatalogueConfig } from './config';
import { migrateWriteSide } from './persistence/migrate-write-side';
import { catalogueReadModel } from './projections/catalogue-read-model';

const config = loadCatalogueConfig();
void runServiceMigrations({
  serviceName: 'catalogue',
  databaseUrl: config.DATABASE_URL,
  logLevel: config.LOG_LEVEL,
  steps: [{ name: 'write-side', run: migrateWriteSide }],
  projections: [
    catalogueReadModel(config.KAFKA_GROUP_PREFIX, [config.CATALOGUE_PRODUCT_LINE_TOPIC, config.CATALOGUE_PRODUCT_TOPIC]),
  ],
}).then((ok) => {
  process.exitCode = ok ? 0 : 1;
});
