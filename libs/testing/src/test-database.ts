import { Client, Pool } from 'pg';
import { uniqueName } from './unique-name';

const DEFAULT_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export function testServerUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_SERVER_URL;
}

export interface TestDatabase {
  readonly name: string;
  readonly url: string;
  readonly pool: Pool;
  drop(): Promise<void>;
}

async function onServer<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A throwaway database with a run-unique name; `drop()` closes the pool and removes it. */
export async function createTestDatabase(prefix = 'test'): Promise<TestDatabase> {
  const name = uniqueName(`pl_${prefix}`);
  await onServer((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  const pool = new Pool({ connectionString: url.toString(), max: 10 });
  return {
    name,
    url: url.toString(),
    pool,
    async drop() {
      await pool.end().catch(() => undefined);
      await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

export interface TestSchema {
  readonly schema: string;
  drop(): Promise<void>;
}

/** A throwaway schema inside an existing database, for tests that share one pool. */
export async function createTestSchema(pool: Pool, prefix = 'test'): Promise<TestSchema> {
  const schema = uniqueName(prefix);
  await pool.query(`CREATE SCHEMA "${schema}"`);
  return {
    schema,
    drop: async () => {
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    },
  };
}
