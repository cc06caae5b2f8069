// `node dist/apps/requests/src/migrate.js`: every requests migration, then exit (npm start and the
// release's migration job run it before the service starts; the service also migrates at start).
import { runServiceMigrations } from '@product-ledger/nest-event-sourcing';
import { requestsTopology } from './application/policies/requests-topology';
import { loadRequestsConfig } from './config';
import { migrateWriteSide } from './persistence/migrate-write-side';
import { requestListProjection } from './projections/request-list.projection';

const config = loadRequestsConfig();
void runServiceMigrations({
  serviceName: 'requests',
  databaseUrl: config.DATABASE_URL,
  logLevel: config.LOG_LEVEL,
  steps: [{ name: 'write-side', run: migrateWriteSide }],
  projections: [requestListProjection(requestsTopology(config))],
}).then((ok) => {
  process.exitCode = ok ? 0 : 1;
});
