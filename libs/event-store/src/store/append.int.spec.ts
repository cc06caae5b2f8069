import { z } from 'zod';
import { createStoreFixture, type StoreFixture } from '../test-support/store-fixture';
import { createEventStore } from './create-event-store';
import { ConcurrencyError, DuplicateEventError, InvalidEventError } from './errors';
import { createEventRegistry } from './event-registry';
import type { EventStore } from './event-store';

let fixture: StoreFixture;
let store: EventStore;

beforeAll(async () => {
  fixture = await createStoreFixture('es_append', 20);
  store = createEventStore({ pool: fixture.pool, schema: fixture.schema });
});
afterAll(() => fixture.drop());

const stream = (): string => `product-${Math.random().toString(36).slice(2)}`;
const happened = (n: number) => Array.from({ length: n }, (_, i) => ({ type: 'Happened', data: { i } }));

async function conflictOf(promise: Promise<unknown>): Promise<ConcurrencyError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConcurrencyError);
  return error as ConcurrencyError;
}

describe('append', () => {
  it('numbers a batch of events from 1 in one call and returns them as stored', async () => {
    const id = stream();
    const result = await store.append(id, happened(3), { expectedVersion: 'no_stream' });
    expect(result.nextExpectedVersion).toBe(3);
    expect(result.events.map((e) => [e.streamVersion, e.data])).toEqual([
      [1, { i: 0 }],
      [2, { i: 1 }],
      [3, { i: 2 }],
    ]);
    expect(result.lastGlobalPosition).toBe(result.events[2].globalPosition);
    expect(new Set(result.events.map((e) => e.transactionId)).size).toBe(1);
    const read = await store.readStream(id);
    expect(read.map((e) => [e.streamVersion, e.eventId, e.globalPosition])).toEqual(
      result.events.map((e) => [e.streamVersion, e.eventId, e.globalPosition]),
    );
    expect(await store.streamVersion(id)).toBe(3);
  });

  it('checks an exact expected version', async () => {
    const id = stream();
    await store.append(id, happened(2), { expectedVersion: 0 });
    const conflict = await conflictOf(store.append(id, happened(1), { expectedVersion: 1 }));
    expect(conflict).toMatchObject({ name: 'ConcurrencyError', streamId: id, expected: 1, actual: 2 });
    const ok = await store.append(id, happened(1), { expectedVersion: 2 });
    expect(ok.nextExpectedVersion).toBe(3);
  });

  it("'no_stream' fails on an existing stream, 'stream_exists' on a missing one, 'any' never", async () => {
    const id = stream();
    expect(await conflictOf(store.append(id, happened(1), { expectedVersion: 'stream_exists' }))).toMatchObject({
      expected: 'stream_exists',
      actual: 0,
    });
    await store.append(id, happened(1), { expectedVersion: 'no_stream' });
    expect(await conflictOf(store.append(id, happened(1), { expectedVersion: 'no_stream' }))).toMatchObject({
      expected: 'no_stream',
      actual: 1,
    });
    expect((await store.append(id, happened(1), { expectedVersion: 'stream_exists' })).nextExpectedVersion).toBe(2);
    expect((await store.append(id, happened(2), { expectedVersion: 'any' })).nextExpectedVersion).toBe(4);
    expect((await store.append(stream(), happened(1), { expectedVersion: 'any' })).nextExpectedVersion).toBe(1);
  });

  it('lets exactly one of 50 concurrent appends with the same expected version win, leaving no gaps', async () => {
    const id = stream();
    await store.append(id, happened(1), { expectedVersion: 'no_stream' });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, writer) =>
        store.append(id, [{ type: 'Happened', data: { writer } }, { type: 'Happened', data: { writer } }], {
          expectedVersion: 1,
        }),
      ),
    );
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    for (const failure of lost) {
      expect(failure.reason).toBeInstanceOf(ConcurrencyError);
      expect(failure.reason).toMatchObject({ streamId: id, expected: 1, actual: 3 });
    }
    const events = await store.readStream(id);
    expect(events.map((e) => e.streamVersion)).toEqual([1, 2, 3]);
    const winner = (won[0] as PromiseFulfilledResult<{ events: { data: unknown }[] }>).value.events[0].data;
    expect(events[1].data).toEqual(winner);
    expect(events[2].data).toEqual(winner);
  });

  it("keeps 'any' appends racing on one stream gap-free", async () => {
    const id = stream();
    await Promise.all(Array.from({ length: 10 }, () => store.append(id, happened(1), { expectedVersion: 'any' })));
    expect((await store.readStream(id)).map((e) => e.streamVersion)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('appends inside the caller transaction: rolled back with it, committed with it', async () => {
    const id = stream();
    await expect(
      store.withTransaction(async (tx) => {
        await tx.client.query(`CREATE TABLE "${fixture.schema}".reservations (code text primary key)`);
        await tx.append(id, happened(1), { expectedVersion: 'no_stream' });
        expect(await tx.streamVersion(id)).toBe(1);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await store.readStream(id)).toEqual([]);

    const client = await fixture.pool.connect();
    try {
      await client.query('BEGIN');
      await store.append(id, happened(2), { expectedVersion: 'no_stream', client });
      expect(await store.readStream(id)).toEqual([]); // not visible outside before commit
      expect(await store.readStream(id, { client })).toHaveLength(2);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    expect(await store.readStream(id)).toHaveLength(2);
  });

  it('reads a stream from a version, up to a version', async () => {
    const id = stream();
    await store.append(id, happened(5), { expectedVersion: 'no_stream' });
    expect((await store.readStream(id, { fromVersion: 3 })).map((e) => e.streamVersion)).toEqual([3, 4, 5]);
    expect((await store.readStream(id, { fromVersion: 2, toVersion: 3 })).map((e) => e.streamVersion)).toEqual([2, 3]);
  });

  it('refuses an event id that is already stored, with a typed error', async () => {
    const eventId = '6f1c2b8e-8d3c-4b1f-9a57-0b4a3c2d1e0f';
    await store.append(stream(), [{ type: 'Happened', data: {}, eventId }], { expectedVersion: 'any' });
    await expect(store.append(stream(), [{ type: 'Happened', data: {}, eventId }], { expectedVersion: 'any' })).rejects.toBeInstanceOf(
      DuplicateEventError,
    );
  });

  it('fills metadata from the provider, under each event’s own', async () => {
    const withContext = createEventStore({
      pool: fixture.pool,
      schema: fixture.schema,
      metadata: () => ({ correlationId: 'req-1', actor: 'alice', traceparent: undefined }),
    });
    const id = stream();
    await withContext.append(
      id,
      [
        { type: 'Happened', data: {} },
        { type: 'Happened', data: {}, metadata: { causationId: 'cmd-9', actor: 'policy' } },
      ],
      { expectedVersion: 'no_stream' },
    );
    const [first, second] = await store.readStream(id);
    expect(first.metadata).toEqual({ correlationId: 'req-1', actor: 'alice' });
    expect(second.metadata).toEqual({ correlationId: 'req-1', actor: 'policy', causationId: 'cmd-9' });
  });

  it('validates every event against the registry before touching the database', async () => {
    const registry = createEventRegistry([
      {
        type: 'ProductRenamed',
        schemaVersion: 1,
        topic: 'catalogue.product.v1',
        schema: z.object({ productId: z.string(), name: z.string().min(1) }),
      },
    ]);
    const strict = createEventStore({ pool: fixture.pool, schema: fixture.schema, registry });
    const id = stream();
    const error = await strict
      .append(
        id,
        [
          { type: 'ProductRenamed', data: { productId: 'p1', name: 'ok' } },
          { type: 'ProductRenamed', data: { productId: 7, name: '' } },
          { type: 'ProductRenamd', data: {} },
        ],
        { expectedVersion: 'no_stream' },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidEventError);
    expect((error as InvalidEventError).issues.map((i) => [i.eventIndex, i.eventType, i.path])).toEqual([
      [1, 'ProductRenamed', 'productId'],
      [1, 'ProductRenamed', 'name'],
      [2, 'ProductRenamd', ''],
    ]);
    expect(await store.readStream(id)).toEqual([]);

    const ok = await strict.append(id, [{ type: 'ProductRenamed', data: { productId: 'p1', name: 'ok', extra: 1 } }], {
      expectedVersion: 'no_stream',
    });
    expect(ok.events[0]).toMatchObject({ schemaVersion: 1, data: { productId: 'p1', name: 'ok' } });
  });
});
