import type { ClientBase, Pool } from 'pg';

/** One step of a service's own tables. Applied migrations are never edited: a change is a new entry. */
export interface SqlMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * Applies the migrations of `list` not yet recorded in `trackingTable` (created if missing), in the
 * caller's transaction; the caller holds the lock that keeps two starting instances apart. Returns
 * the applied ones as `version-name`.
 */
export async function applyMigrations(
  client: ClientBase,
  trackingTable: string,
  list: readonly SqlMigration[],
): Promise<string[]> {
  await client.query(`
    CREATE TABLE IF NOT EXISTS ${trackingTable} (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  const done = await client.query<{ version: number }>(`SELECT version FROM ${trackingTable}`);
  const appliedVersions = new Set(done.rows.map((row) => row.version));
  const applied: string[] = [];
  for (const migration of list) {
    if (appliedVersions.has(migration.version)) continue;
    await client.query(migration.sql);
    await client.query(`INSERT INTO ${trackingTable} (version, name) VALUES ($1, $2)`, [
      migration.version,
      migration.name,
    ]);
    applied.push(`${migration.version}-${migration.name}`);
  }
  return applied;
}

/**
 * `applyMigrations` in a transaction of its own, under a transaction-scoped advisory lock on `lockKey`:
 * several instances may start at once; one migrates, the others wait and find nothing left to do. All
 * pending migrations commit together or not at all.
 */
export async function applyMigrationsUnderLock(
  pool: Pool,
  lockKey: string,
  trackingTable: string,
  list: readonly SqlMigration[],
): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [lockKey]);
    const applied = await applyMigrations(client, trackingTable, list);
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
