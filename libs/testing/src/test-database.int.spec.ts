import { Client } from 'pg';
import { createTestDatabase, testServerUrl } from './test-database';

describe('createTestDatabase', () => {
  it('creates a real database and drops it again', async () => {
    const db = await createTestDatabase('selftest');
    const { rows } = await db.pool.query('SELECT current_database() AS name');
    expect(rows[0].name).toBe(db.name);
    await db.drop();

    const client = new Client({ connectionString: testServerUrl() });
    await client.connect();
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [db.name]);
    await client.end();
    expect(rowCount).toBe(0);
  });
});
