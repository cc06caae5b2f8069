// `node dist/apps/catalogue/src/migrate.js [migration:run | migration:show | migration:revert]`: the catalogue
// migrations, then exit. npm start and the release's migration job run it before the service starts (the
// service also migrates at start; the run is advisory-locked).
import { runServiceMigrations } from '@product-ledger/nest-event-sourcing';
import { loadCatalogueConfig } from './config';
import { catalogueMigrations } from './persistence/catalogue-migrations';

const config = loadCatalogueConfig();
void runServiceMigrations({
  service: 'catalogue',
  databaseUrl: config.DATABASE_URL,
  logLevel: config.LOG_LEVEL,
  migrations: catalogueMigrations,
}).then((code) => {
  process.exitCode = code;
});
