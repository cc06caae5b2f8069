import { Pool } from 'pg';
import { testServerUrl, uniqueName } from '@product-ledger/testing';
import { migrateEventStore } from './migrate';
import { quoteIdent } from './identifiers';
import { migrations } from './migrations';

let pool: Pool;
const schema = uniqueName('es_migrate');

beforeAll(() => {
  pool = new Pool({ connectionString: testServerUrl(), max: 6 });
});
afterAll(async () => {
  await pool.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
  await pool.end();
});

describe('migrateEventStore', () => {
  it('is safe when several processes migrate the same schema at once, and idempotent', async () => {
    const runs = await Promise.all(Array.from({ length: 4 }, () => migrateEventStore(pool, { schema })));
    const applied = runs.map((run) => run.applied.length).sort();
    expect(applied).toEqual([0, 0, 0, migrations.length]);
    expect((await migrateEventStore(pool, { schema })).applied).toEqual([]);

    const tables = await pool.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`,
      [schema],
    );
    expect(tables.rows.map((r) => r.table_name)).toEqual([
      'consumer_checkpoints',
      'event_store_migrations',
      'events',
      'idempotency_keys',
      'processed_events',
      'relay_state',
    ]);
  });
});
