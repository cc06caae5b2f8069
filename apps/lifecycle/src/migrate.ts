// `node dist/apps/lifecycle/src/migrate.js [migration:run | migration:show | migration:revert]`: the lifecycle
// migrations, then exit. npm start and the release's migration job run it before the service starts (the
// service also migrates at start; the run is advisory-locked).
import { runServiceMigrations } from '@product-ledger/nest-event-sourcing';
import { loadLifecycleConfig } from './config';
import { lifecycleMigrations } from './persistence/lifecycle-migrations';

const config = loadLifecycleConfig();
void runServiceMigrations({
  service: 'lifecycle',
  databaseUrl: config.DATABASE_URL,
  logLevel: config.LOG_LEVEL,
  migrations: lifecycleMigrations,
}).then((code) => {
  process.exitCode = code;
});
