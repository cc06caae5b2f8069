import type { Pool } from 'pg';
import { applyMigrations } from '../persistence/apply-migrations';
import { readModelMigrations } from './read-model-migrations';

/**
 * The read-model migrations outside a running service (the release's migration job). Takes the same
 * advisory lock the service takes when it migrates a projection at start, so both never run at once.
 */
export async function migrateReadModel(pool: Pool, groupId: string): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `product-ledger.projection:${groupId}`,
    ]);
    const applied = await applyMigrations(client, 'catalogue_read_model_migrations', readModelMigrations);
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
