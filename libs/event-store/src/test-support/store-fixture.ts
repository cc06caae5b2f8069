import { Pool } from 'pg';
import { testServerUrl, uniqueName } from '@product-ledger/testing';
import { migrateEventStore } from '../schema/migrate';
import { quoteIdent } from '../schema/identifiers';

/** A pool and a freshly migrated, uniquely named schema; `drop()` removes both. For int specs only. */
export interface StoreFixture {
  readonly pool: Pool;
  readonly schema: string;
  drop(): Promise<void>;
}

export async function createStoreFixture(prefix = 'es', poolSize = 10): Promise<StoreFixture> {
  const pool = new Pool({ connectionString: testServerUrl(), max: poolSize });
  const schema = uniqueName(prefix);
  await migrateEventStore(pool, { schema });
  return {
    pool,
    schema,
    drop: async () => {
      await pool.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`).catch(() => undefined);
      await pool.end();
    },
  };
}
