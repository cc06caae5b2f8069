import { applyMigrationsUnderLock } from '@product-ledger/event-store';
import type { Pool } from 'pg';
import { analyticsMigrations } from './analytics-migrations';
import { rebuildPerformance } from './facts/rebuild-performance';

/**
 * Migrations that create a table derived from the facts: they create it empty, so on a database that already
 * holds facts the rollups are computed once, right after them.
 */
const derivedFromFacts = new Set(['10-product_figures', '11-performance_line_monthly']);

/**
 * Brings the analytics tables up to date. Idempotent and safe when several instances start at once: the
 * run holds a transaction-scoped advisory lock, and all pending migrations commit together or not at all.
 * When a migration created a table derived from the facts, the rollups are rebuilt from the facts (under
 * the ingest lock, in one transaction), so an upgraded database does not answer with empty figures.
 */
export async function migrateAnalytics(pool: Pool): Promise<string[]> {
  const applied = await applyMigrationsUnderLock(
    pool,
    'product-ledger.analytics.migrations',
    'analytics_migrations',
    analyticsMigrations,
  );
  if (applied.some((migration) => derivedFromFacts.has(migration))) await rebuildPerformance(pool);
  return applied;
}
