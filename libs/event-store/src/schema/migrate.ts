import { checkOut } from '../checked-out-client';
import type { Pool } from 'pg';
import { applyMigrations } from './apply-migrations';
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
    const applied = await applyMigrations(
      client,
      migrationsTable(schema),
      migrations.map((migration) => ({ version: migration.version, name: migration.name, sql: migration.sql(schema) })),
    );
    await client.query('COMMIT');
    return { applied };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    release();
  }
}
