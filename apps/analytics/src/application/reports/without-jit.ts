import type { Pool, PoolClient } from 'pg';

/**
 * Runs `work` on one connection with JIT compilation off. The reports that add up facts at query time
 * (asOf, figures not yet refreshed) have row estimates in the millions, which switch JIT on: in one
 * `EXPLAIN ANALYZE` of the old portfolio 2.3 s went to compiling 138 functions for a query that then ran
 * in less (bench/README.md). Off only in this transaction.
 */
export async function withoutJit<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN READ ONLY');
    await client.query('SET LOCAL jit = off');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
