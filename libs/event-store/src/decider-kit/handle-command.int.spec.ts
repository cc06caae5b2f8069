import { createStoreFixture, type StoreFixture } from '../test-support/store-fixture';
import { counterDecider, CounterClosed } from '../test-support/counter-decider';
import { createEventStore } from '../store/create-event-store';
import { ConcurrencyError } from '../store/errors';
import type { EventStore } from '../store/event-store';
import { handleCommand, loadAggregate } from './handle-command';

let fixture: StoreFixture;
let store: EventStore;
beforeAll(async () => {
  fixture = await createStoreFixture('es_cmd', 12);
  store = createEventStore({ pool: fixture.pool, schema: fixture.schema });
});
afterAll(() => fixture.drop());

const id = () => `counter-${Math.random().toString(36).slice(2)}`;

describe('handleCommand', () => {
  it('loads, decides, appends with the loaded version and returns the new state', async () => {
    const counter = id();
    const first = await handleCommand(store, counter, counterDecider, { type: 'Increment', by: 2 });
    expect(first).toMatchObject({ nextExpectedVersion: 1, state: { value: 2, closed: false } });
    expect(first.events.map((e) => [e.type, e.data, e.streamVersion])).toEqual([['Incremented', { by: 2 }, 1]]);
    const second = await handleCommand(store, counter, counterDecider, { type: 'Increment', by: 5 }, { metadata: { actor: 'bob' } });
    expect(second).toMatchObject({ nextExpectedVersion: 2, state: { value: 7 } });
    expect(second.events[0].metadata).toMatchObject({ actor: 'bob' });
    expect(await loadAggregate(store, counter, counterDecider)).toEqual({ state: { value: 7, closed: false }, version: 2 });
  });

  it('appends nothing when the decider decides nothing', async () => {
    const counter = id();
    await handleCommand(store, counter, counterDecider, { type: 'Increment', by: 1 });
    const touched = await handleCommand(store, counter, counterDecider, { type: 'Touch' });
    expect(touched).toEqual({ events: [], state: { value: 1, closed: false }, nextExpectedVersion: 1 });
  });

  it('passes domain errors through untouched', async () => {
    const counter = id();
    await handleCommand(store, counter, counterDecider, { type: 'Close' });
    await expect(handleCommand(store, counter, counterDecider, { type: 'Increment', by: 1 })).rejects.toBeInstanceOf(CounterClosed);
  });

  it('fails a stale explicit expected version (If-Match) without deciding, and never retries it', async () => {
    const counter = id();
    await handleCommand(store, counter, counterDecider, { type: 'Increment', by: 1 });
    await handleCommand(store, counter, counterDecider, { type: 'Increment', by: 1 });
    const error = await handleCommand(store, counter, counterDecider, { type: 'Increment', by: 1 }, {
      expectedVersion: 1,
      retryOnConflict: { attempts: 5 },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect(error).toMatchObject({ expected: 1, actual: 2 });
    const ok = await handleCommand(store, counter, counterDecider, { type: 'Increment', by: 1 }, { expectedVersion: 2 });
    expect(ok.nextExpectedVersion).toBe(3);
  });

  it('without retry, concurrent commands conflict; with retry they are all re-decided and applied', async () => {
    const noRetry = id();
    await handleCommand(store, noRetry, counterDecider, { type: 'Increment', by: 1 });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, () => handleCommand(store, noRetry, counterDecider, { type: 'Increment', by: 1 })),
    );
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(rejected.length).toBeGreaterThan(0);
    rejected.forEach((o) => expect(o.reason).toBeInstanceOf(ConcurrencyError));

    const withRetry = id();
    await Promise.all(
      Array.from({ length: 8 }, () =>
        handleCommand(store, withRetry, counterDecider, { type: 'Increment', by: 1 }, {
          retryOnConflict: { attempts: 30, baseDelayMs: 5, maxDelayMs: 50 },
        }),
      ),
    );
    expect(await loadAggregate(store, withRetry, counterDecider)).toEqual({ state: { value: 8, closed: false }, version: 8 });
  });

  it('re-decides on retry, so a rule broken by the concurrent winner is reported', async () => {
    const counter = id();
    await handleCommand(store, counter, counterDecider, { type: 'Increment', by: 95 });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        handleCommand(store, counter, counterDecider, { type: 'Increment', by: 4 }, { retryOnConflict: { attempts: 20, baseDelayMs: 5 } }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')) {
      expect(o.reason).toMatchObject({ code: 'counter.ceiling' });
    }
  });

  it('runs inside a caller transaction', async () => {
    const counter = id();
    await store.withTransaction(async (tx) => {
      await handleCommand(tx, counter, counterDecider, { type: 'Increment', by: 3 });
      expect(await store.streamVersion(counter)).toBe(0);
    });
    expect(await store.streamVersion(counter)).toBe(1);
  });
});
