import { applyMigrationsUnderLock } from '@product-ledger/event-store';
import type { Pool } from 'pg';
import { analyticsMigrations } from './analytics-migrations';

/**
 * Brings the analytics tables up to date. Idempotent and safe when several instances start at once: the
 * run holds a transaction-scoped advisory lock, and all pending migrations commit together or not at all.
 */
export function migrateAnalytics(pool: Pool): Promise<string[]> {
  return applyMigrationsUnderLock(
    pool,
    'product-ledger.analytics.migrations',
    'analytics_migrations',
    analyticsMigrations,
  );
}
