import { checkOut } from '../checked-out-client';
import type { Pool } from 'pg';
import { quoteIdent } from './identifiers';
import { migrations, migrationsTable } from './migrations';

export interface MigrateOptions {
  /** Schema to create the store in (created if missing). Default 'public'. */
  readonly schema?: string;
}

/**
 * Brings the store's tables in `schema` up to date. Idempotent, and safe when several processes migrate at
 * once: the whole run holds a transaction-scoped advisory lock, so the second waits and then finds
 * nothing left to do. All pending migrations commit together or not at all.
 */
export async function migrateEventStore(pool: Pool, options: MigrateOptions = {}): Promise<{ applied: string[] }> {
  const schema = options.schema ?? 'public';
  const { client, release } = await checkOut(pool);
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`product-ledger.event-store:${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    await client.query(`
      CREATE TABLE IF NOT EXISTS ${migrationsTable(schema)} (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const done = await client.query<{ version: number }>(`SELECT version FROM ${migrationsTable(schema)}`);
    const appliedVersions = new Set(done.rows.map((row) => row.version));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (appliedVersions.has(migration.version)) continue;
      await client.query(migration.sql(schema));
      await client.query(`INSERT INTO ${migrationsTable(schema)} (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
      applied.push(`${migration.version}-${migration.name}`);
    }
    await client.query('COMMIT');
    return { applied };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    release();
  }
}
