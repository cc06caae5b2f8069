import type { Pool, PoolClient } from 'pg';

/**
 * Checks a client out of the pool with an 'error' listener attached for as long as it is out: a dropped
 * connection then fails the running query instead of crashing the process with an unhandled 'error'
 * event (the pool only listens while the client is idle). `release(error)` discards a broken client.
 */
export async function checkOut(pool: Pool): Promise<{ client: PoolClient; release(error?: Error): void }> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (error: Error): void => {
    broken = error;
  };
  client.on('error', onError);
  return {
    client,
    release: (error?: Error) => {
      client.removeListener('error', onError);
      client.release(error ?? broken);
    },
  };
}
