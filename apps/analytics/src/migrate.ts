// `node dist/apps/analytics/src/migrate.js`: every analytics migration, then exit (npm start and the
// release's migration job run it before the service starts; the service also migrates at start).
import { runServiceMigrations } from '@product-ledger/nest-event-sourcing';
import { analyticsTopicsOf, loadAnalyticsConfig } from './config';
import { migrateAnalytics } from './persistence/migrate-analytics';
import { businessCasesProjection } from './projections/business-cases/business-cases-projection';
import { lifecycleFlowProjection } from './projections/lifecycle-flow/lifecycle-flow-projection';
import { portfolioProjection } from './projections/portfolio/portfolio-projection';
import { requestDemandProjection } from './projections/request-demand/request-demand-projection';

const config = loadAnalyticsConfig();
const topics = analyticsTopicsOf(config);
const prefix = config.KAFKA_GROUP_PREFIX;
void runServiceMigrations({
  serviceName: 'analytics',
  databaseUrl: config.DATABASE_URL,
  logLevel: config.LOG_LEVEL,
  steps: [{ name: 'analytics-tables', run: migrateAnalytics }],
  projections: [
    portfolioProjection(prefix, topics),
    lifecycleFlowProjection(prefix, topics),
    requestDemandProjection(prefix, topics),
    businessCasesProjection(prefix, topics),
  ],
}).then((ok) => {
  process.exitCode = ok ? 0 : 1;
});
