import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { migrateEventStore } from '@product-ledger/event-store';
import { uniqueName } from '@product-ledger/testing';
import { Client, Pool } from 'pg';

/** Schemas of the run's database. Emmett keeps its own `emt_*` tables in `public`; nobody shares a table. */
export const BenchSchemas = {
  /** Our store, for the append measures. */
  append: 'ledger_append',
  /** The plain table of the database bound. */
  pgBound: 'plain_bound',
  /** Our store holding the events the relay publishes. */
  relay: 'ledger_relay',
  /** Our consumer checkpoints and both sides' read-model tables. */
  projection: 'ledger_projection',
} as const;

export interface BenchDatabase {
  readonly name: string;
  readonly url: string;
  /** Small pool for the orchestrator's own setup and checks (workers open their own). */
  readonly pool: Pool;
  /** Empties tables (a TRUNCATE statement) and flushes dirty pages, so every trial starts from the same state. */
  reset(truncateSql: string): Promise<void>;
  drop(): Promise<void>;
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A throwaway database for this run, with every side's tables created up front. */
export async function createBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = uniqueName('bench_event_store');
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pool = new Pool({ connectionString: url.toString(), max: 2 });
  const drop = async (): Promise<void> => {
    await pool.end().catch(() => undefined);
    await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
  try {
    await migrateEventStore(pool, { schema: BenchSchemas.append });
    await migrateEventStore(pool, { schema: BenchSchemas.relay });
    await migrateEventStore(pool, { schema: BenchSchemas.projection });
    await createPgBoundTable(pool);
    const emmett = getPostgreSQLEventStore(url.toString(), { connectionOptions: { pool } });
    await emmett.schema.migrate();
  } catch (error) {
    await drop();
    throw error;
  }
  return {
    name,
    url: url.toString(),
    pool,
    reset: async (truncateSql) => {
      await pool.query(truncateSql);
      // Flush dirty pages now rather than in the middle of the next trial.
      await pool.query('CHECKPOINT');
    },
    drop,
  };
}

/** Our events table's columns, with nothing but a primary key: what PostgreSQL can take at best. */
async function createPgBoundTable(pool: Pool): Promise<void> {
  await pool.query(`
    CREATE SCHEMA "${BenchSchemas.pgBound}";
    CREATE TABLE "${BenchSchemas.pgBound}".events (
      global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
      stream_id text NOT NULL,
      stream_version integer NOT NULL,
      event_id uuid NOT NULL,
      event_type text NOT NULL,
      schema_version integer NOT NULL DEFAULT 1,
      data jsonb NOT NULL,
      metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
      recorded_at timestamptz NOT NULL DEFAULT now()
    )`);
}
