import { z } from 'zod';
import { waitFor } from '@product-ledger/testing';
import { createStoreFixture, type StoreFixture } from '../test-support/store-fixture';
import { createEventStore } from '../store/create-event-store';
import { createEventRegistry } from '../store/event-registry';
import type { Upcaster } from './upcasting';

let fixture: StoreFixture;
beforeAll(async () => {
  fixture = await createStoreFixture('es_upcast');
});
afterAll(() => fixture.drop());

const registeredV1 = {
  type: 'ProductRegistered',
  schemaVersion: 1,
  topic: 'catalogue.product.v1',
  schema: z.object({ productId: z.string(), name: z.string() }),
};
const registeredV2 = {
  ...registeredV1,
  schemaVersion: 2,
  schema: z.object({ productId: z.string(), name: z.string(), kind: z.enum(['software', 'physical', 'service']) }),
};
const v1ToV2: Upcaster<{ productId: string; name: string }, { productId: string; name: string; kind: string }> = {
  type: 'ProductRegistered',
  fromVersion: 1,
  upcast: (v1) => ({ ...v1, kind: 'software' }),
};

describe('upcasting on read', () => {
  it('reads an event stored as v1 as v2, through its upcaster, in readStream and readAll', async () => {
    const registry = createEventRegistry([registeredV1, registeredV2]);
    const store = createEventStore({ pool: fixture.pool, schema: fixture.schema, registry, upcasters: [v1ToV2] });
    // Written the way an older release of the service wrote it.
    await store.append('p-1', [{ type: 'ProductRegistered', schemaVersion: 1, data: { productId: 'p-1', name: 'Ledger' } }], {
      expectedVersion: 'no_stream',
    });
    await store.append('p-2', [{ type: 'ProductRegistered', data: { productId: 'p-2', name: 'Mill', kind: 'physical' } }], {
      expectedVersion: 'no_stream',
    });

    const raw = await fixture.pool.query(`SELECT stream_id, schema_version, data FROM "${fixture.schema}".events ORDER BY global_position`);
    expect(raw.rows).toEqual([
      { stream_id: 'p-1', schema_version: 1, data: { productId: 'p-1', name: 'Ledger' } },
      { stream_id: 'p-2', schema_version: 2, data: { productId: 'p-2', name: 'Mill', kind: 'physical' } },
    ]);

    const [p1] = await store.readStream('p-1');
    expect(p1).toMatchObject({ schemaVersion: 2, data: { productId: 'p-1', name: 'Ledger', kind: 'software' } });
    expect(registeredV2.schema.safeParse(p1.data).success).toBe(true);

    // readAll waits for transactions open anywhere on the server (parallel tests), hence the wait.
    const all = await waitFor(async () => {
      const page = await store.readAll(null, 10);
      return page.events.length === 2 && page;
    });
    expect(all.events.map((e) => [e.schemaVersion, e.data])).toEqual([
      [2, { productId: 'p-1', name: 'Ledger', kind: 'software' }],
      [2, { productId: 'p-2', name: 'Mill', kind: 'physical' }],
    ]);
  });

  it('refuses to append a version the registry does not know', async () => {
    const store = createEventStore({
      pool: fixture.pool,
      schema: fixture.schema,
      registry: createEventRegistry([registeredV2]),
    });
    await expect(
      store.append('p-3', [{ type: 'ProductRegistered', schemaVersion: 1, data: { productId: 'p-3', name: 'x' } }], {
        expectedVersion: 'no_stream',
      }),
    ).rejects.toMatchObject({ name: 'InvalidEventError', issues: [{ message: expect.stringContaining('schema version 1') }] });
  });
});
