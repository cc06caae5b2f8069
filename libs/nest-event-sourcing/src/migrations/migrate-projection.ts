import type { Pool } from 'pg';
import type { ProjectionDefinition } from '../consumers/projection-definition';

/**
 * Runs one projection's idempotent migration under a transaction-scoped advisory lock: several instances
 * (or a release's migration job and a starting pod) may do it at once; one migrates, the others wait.
 */
export async function migrateProjection(pool: Pool, definition: ProjectionDefinition): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `product-ledger.projection:${definition.groupId}`,
    ]);
    await definition.migrate(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
