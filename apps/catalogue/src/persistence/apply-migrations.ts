import type { PoolClient } from 'pg';

export interface SqlMigration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * Applies the migrations of `list` not yet recorded in `trackingTable`, in the caller's transaction (the
 * caller holds the lock that keeps two starting instances apart). Applied migrations are never edited:
 * a change is a new entry.
 */
export async function applyMigrations(
  client: PoolClient,
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
