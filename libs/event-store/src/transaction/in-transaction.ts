import type { Pool, PoolClient } from 'pg';
import { checkOut } from '../checked-out-client';

export interface TransactionOptions {
  /** `BEGIN READ ONLY`: for queries that must see one snapshot and may not write. */
  readonly readOnly?: boolean;
}

/**
 * The one way the project runs a transaction on a pool: BEGIN, `work`, COMMIT; ROLLBACK when `work` throws
 * (and the error goes on to the caller); the client goes back to the pool either way (discarded when its
 * connection broke).
 */
export async function inTransaction<T>(
  pool: Pool,
  work: (client: PoolClient) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  const { client, release } = await checkOut(pool);
  try {
    await client.query(options.readOnly ? 'BEGIN READ ONLY' : 'BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    release();
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    release();
    throw error;
  }
}
