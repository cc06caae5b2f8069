// `node dist/apps/analytics/src/migrate.js [migration:run | migration:show | migration:revert]`: the analytics
// migrations, then exit. npm start and the release's migration job run it before the service starts (the
// service also migrates at start; the run is advisory-locked).
import { runServiceMigrations } from '@product-ledger/nest-event-sourcing';
import { loadAnalyticsConfig } from './config';
import { analyticsSchema, rebuildDerivedTables } from './persistence/analytics-schema';

const config = loadAnalyticsConfig();
void runServiceMigrations({
  service: 'analytics',
  databaseUrl: config.DATABASE_URL,
  logLevel: config.LOG_LEVEL,
  migrations: analyticsSchema,
  afterMigrations: rebuildDerivedTables,
}).then((code) => {
  process.exitCode = code;
});
