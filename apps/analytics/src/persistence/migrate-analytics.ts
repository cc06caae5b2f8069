import type { Pool } from 'pg';
import { analyticsMigrations } from './analytics-migrations';

/**
 * Brings the analytics tables up to date. Idempotent and safe when several instances start at once: the
 * run holds a transaction-scoped advisory lock, and all pending migrations commit together or not at all.
 */
export async function migrateAnalytics(pool: Pool): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('product-ledger.analytics.migrations', 0))`,
    );
    await client.query(`
      CREATE TABLE IF NOT EXISTS analytics_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const done = await client.query<{ version: number }>('SELECT version FROM analytics_migrations');
    const applied = new Set(done.rows.map((row) => row.version));
    const names: string[] = [];
    for (const migration of analyticsMigrations) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO analytics_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      names.push(`${migration.version}-${migration.name}`);
    }
    await client.query('COMMIT');
    return names;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
