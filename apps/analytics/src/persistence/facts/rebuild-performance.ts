import type { Pool } from 'pg';
import { lockFactsForIngest } from './ingest-lock';
import { rebuildRollups } from './performance-rollups';

/**
 * The performance rollups are derived from the facts table (the system of record of in-life facts, fed by
 * HTTP and Kafka): a rebuild recomputes them from it under the ingest lock, in one transaction, so readers
 * see the old rollups until the new ones are complete. Returns the number of current facts rolled up.
 */
export async function rebuildPerformance(pool: Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await lockFactsForIngest(client);
    const facts = await rebuildRollups(client);
    await client.query('COMMIT');
    return facts;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
