import {
  eventStoreSchema,
  migrationTimestamps,
  versionedSqlMigrations,
  type ServiceDataSource,
  type ServiceMigrationClass,
} from '@product-ledger/nest-event-sourcing';
import { analyticsMigrations } from './analytics-migrations';
import { rebuildPerformance } from './facts/rebuild-performance';
import { productStewardsMigration } from '@product-ledger/product-access';

/**
 * Every table of the analytics service, in order: the event store, then the analytics tables (facts, rollups
 * and read models). Run with TypeORM's migration runner at start, by `migrate.js` and by `typeorm
 * migration:* -d dist/apps/analytics/src/persistence/data-source.js`. Applied migrations are never edited.
 */
export const analyticsSchema: readonly ServiceMigrationClass[] = [
  ...eventStoreSchema(),
  ...versionedSqlMigrations('Analytics', migrationTimestamps.writeSide, 'analytics_migrations', analyticsMigrations),
  // Who owns or takes part in which product (`mine=true`), from the catalogue's events.
  productStewardsMigration(1_796_688_000_000),
];

/**
 * Migrations that create a table derived from the facts: they create it empty, so on a database that already
 * holds facts the rollups are computed once, right after them.
 */
const derivedFromFacts = new Set(['AnalyticsProductFigures1700000100010', 'AnalyticsPerformanceLineMonthly1700000100011']);

/**
 * After a run that created a table derived from the facts, the rollups are rebuilt from the facts (under the
 * ingest lock, in one transaction), so an upgraded database does not answer with empty figures.
 */
export async function rebuildDerivedTables(applied: readonly string[], dataSource: ServiceDataSource): Promise<void> {
  if (applied.some((name) => derivedFromFacts.has(name))) await rebuildPerformance(dataSource.pgPool());
}
