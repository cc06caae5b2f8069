import { Client, Pool } from 'pg';
import { testServerUrl, uniqueName, waitFor } from '@product-ledger/testing';
import { migrateEventStore } from './migrate';
import { eventsChannel, quoteIdent } from './identifiers';
import { createEventStore } from '../store/create-event-store';

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
    expect(applied).toEqual([0, 0, 0, 5]);
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

  it('announces appends on the schema’s channel', async () => {
    const listener = new Client({ connectionString: testServerUrl() });
    await listener.connect();
    const received: string[] = [];
    listener.on('notification', (n) => received.push(n.channel));
    await listener.query(`LISTEN ${quoteIdent(eventsChannel(schema))}`);
    try {
      await createEventStore({ pool, schema }).append('s', [{ type: 'T', data: {} }], { expectedVersion: 'any' });
      await waitFor(() => received.length > 0, { description: 'NOTIFY after append' });
      expect(received[0]).toBe(eventsChannel(schema));
    } finally {
      await listener.end();
    }
  });
});
