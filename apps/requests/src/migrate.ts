// `node dist/apps/requests/src/migrate.js [migration:run | migration:show | migration:revert]`: the requests
// migrations, then exit. npm start and the release's migration job run it before the service starts (the
// service also migrates at start; the run is advisory-locked).
import { runServiceMigrations } from '@product-ledger/nest-event-sourcing';
import { loadRequestsConfig } from './config';
import { requestsMigrations } from './persistence/requests-migrations';

const config = loadRequestsConfig();
void runServiceMigrations({
  service: 'requests',
  databaseUrl: config.DATABASE_URL,
  logLevel: config.LOG_LEVEL,
  migrations: requestsMigrations,
}).then((code) => {
  process.exitCode = code;
});
