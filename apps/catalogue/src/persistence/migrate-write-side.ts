import type { Pool } from 'pg';
import { applyMigrations } from './apply-migrations';
import { writeSideMigrations } from './write-side-migrations';

/**
 * Brings the write-side guard tables up to date in the service's database. Several instances may start
 * at once: one migrates under the advisory lock, the others wait and find nothing left to do.
 */
export async function migrateWriteSide(pool: Pool): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('product-ledger.catalogue.write-side', 0))`,
    );
    const applied = await applyMigrations(client, 'catalogue_write_side_migrations', writeSideMigrations);
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
