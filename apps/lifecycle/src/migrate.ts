// `node dist/apps/lifecycle/src/migrate.js`: every lifecycle migration, then exit (npm start and the
// release's migration job run it before the service starts; the service also migrates at start).
import { runServiceMigrations } from '@product-ledger/nest-event-sourcing';
import { loadLifecycleConfig } from './config';
import { lifecycleReadModel } from './projections/lifecycle-read-model';

const config = loadLifecycleConfig();
void runServiceMigrations({
  serviceName: 'lifecycle',
  databaseUrl: config.DATABASE_URL,
  logLevel: config.LOG_LEVEL,
  projections: [lifecycleReadModel(config.KAFKA_GROUP_PREFIX, config.LIFECYCLE_TOPIC)],
}).then((ok) => {
  process.exitCode = ok ? 0 : 1;
});
