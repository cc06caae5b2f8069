import type { Pool } from 'pg';

/** One step of a list the runner before TypeORM applied. */
export interface LegacyMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * Applies `list` exactly as the services' migration runner did before TypeORM (a tracking table of
 * `version, name, applied_at`, the SQL, one transaction): upgrade tests build an "old" database with it
 * and then run today's runner on it.
 */
export async function applyLegacyMigrations(pool: Pool, trackingTable: string, list: readonly LegacyMigration[]): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${trackingTable} (
         version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    for (const migration of list) {
      await client.query(migration.sql);
      await client.query(`INSERT INTO ${trackingTable} (version, name) VALUES ($1, $2)`, [migration.version, migration.name]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
