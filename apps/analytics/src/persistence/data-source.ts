// The analytics service's data source for TypeORM's CLI, e.g. after `npm run build`:
//   npx typeorm migration:show -d dist/apps/analytics/src/persistence/data-source.js
// (`migration:run`, `migration:revert` likewise; DATABASE_URL as for the service). The service itself runs
// the same migrations at start, on its own pool.
import { ServiceDataSource } from '@product-ledger/nest-event-sourcing';
import { loadAnalyticsConfig } from '../config';
import { analyticsSchema, rebuildDerivedTables } from './analytics-schema';

export const dataSource = new ServiceDataSource({
  service: 'analytics',
  migrations: analyticsSchema,
  afterMigrations: rebuildDerivedTables,
  url: loadAnalyticsConfig().DATABASE_URL,
});
