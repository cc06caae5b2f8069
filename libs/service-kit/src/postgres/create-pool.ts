import { Pool } from 'pg';
import type { Logger } from 'pino';
import { ServiceConfig } from '../config/service-config';

/** The service's connection pool on its own database. */
export function createPool(config: ServiceConfig, logger: Logger): Pool {
  const pool = new Pool({
    connectionString: config.DATABASE_URL,
    max: config.DATABASE_POOL_MAX,
    // Waiting forever for a connection turns a database outage into hung requests.
    connectionTimeoutMillis: 5_000,
    // Gap-free readers (the relay, readAll) wait for every transaction open in their database (on the whole
    // server when the role may not read pg_stat_activity): a session left idle in a transaction must not
    // hold the service's event stream back for long.
    idle_in_transaction_session_timeout: 60_000,
  });
  // An idle client losing its connection emits here; unhandled, it would crash the process.
  pool.on('error', (error) => logger.warn({ err: error }, 'idle PostgreSQL client failed'));
  return pool;
}
