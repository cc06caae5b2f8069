import { counterDecider, CounterClosed, type CounterCommand } from '@product-ledger/domain/testing';
import { createStoreFixture, type StoreFixture } from '../test-support/store-fixture';
import { createEventStore } from '../store/create-event-store';
import { ConcurrencyError } from '../store/errors';
import type { EventStore } from '../store/event-store';
import { defineCommand } from './command-definition';
import { executeCommand } from './execute-command';
import { loadAggregate } from './load-aggregate';
import { runCommand } from './run-command';

let fixture: StoreFixture;
let store: EventStore;
beforeAll(async () => {
  fixture = await createStoreFixture('es_cmd', 12);
  store = createEventStore({ pool: fixture.pool, schema: fixture.schema });
});
afterAll(() => fixture.drop());

const id = () => `counter-${Math.random().toString(36).slice(2)}`;

/** The counter's commands, addressed to a stream by the input. */
type CounterInput = CounterCommand & { counterId: string };
const counterCommand = defineCommand({
  decider: counterDecider,
  streamId: (input: CounterInput) => input.counterId,
});
const noRetry = { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 };

describe('runCommand', () => {
  it('loads, decides, appends with the loaded version and returns the new state', async () => {
    const counter = id();
    const first = await runCommand(store, counterCommand, { counterId: counter, type: 'Increment', by: 2 });
    expect(first).toMatchObject({ streamId: counter, version: 1, state: { value: 2, closed: false } });
    expect(first.events.map((e) => [e.type, e.data, e.streamVersion])).toEqual([['Incremented', { by: 2 }, 1]]);
    const second = await runCommand(
      store,
      counterCommand,
      { counterId: counter, type: 'Increment', by: 5 },
      { metadata: { actor: 'bob' } },
    );
    expect(second).toMatchObject({ version: 2, state: { value: 7 } });
    expect(second.events[0].metadata).toMatchObject({ actor: 'bob' });
    expect(await loadAggregate(store, counter, counterDecider)).toEqual({ state: { value: 7, closed: false }, version: 2 });
  });

  it('appends nothing when the decider decides nothing', async () => {
    const counter = id();
    await runCommand(store, counterCommand, { counterId: counter, type: 'Increment', by: 1 });
    const touched = await runCommand(store, counterCommand, { counterId: counter, type: 'Touch' });
    expect(touched).toEqual({ streamId: counter, events: [], state: { value: 1, closed: false }, version: 1 });
  });

  it('passes domain errors through untouched', async () => {
    const counter = id();
    await runCommand(store, counterCommand, { counterId: counter, type: 'Close' });
    await expect(runCommand(store, counterCommand, { counterId: counter, type: 'Increment', by: 1 })).rejects.toBeInstanceOf(
      CounterClosed,
    );
  });

  it('fails a stale explicit expected version (If-Match) without deciding, and never retries it', async () => {
    const counter = id();
    await runCommand(store, counterCommand, { counterId: counter, type: 'Increment', by: 1 });
    await runCommand(store, counterCommand, { counterId: counter, type: 'Increment', by: 1 });
    const error = await runCommand(
      store,
      counterCommand,
      { counterId: counter, type: 'Increment', by: 1 },
      { expectedVersion: 1, retry: { attempts: 5, baseDelayMs: 10, maxDelayMs: 100 } },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect(error).toMatchObject({ expected: 1, actual: 2 });
    const ok = await runCommand(store, counterCommand, { counterId: counter, type: 'Increment', by: 1 }, { expectedVersion: 2 });
    expect(ok.version).toBe(3);
  });

  it('lets the decider answer for a stream that does not exist, even with a stale expected version', async () => {
    const counter = id();
    // The counter decider refuses nothing on a new stream, so the version clash is what is reported…
    const clash = await runCommand(store, counterCommand, { counterId: counter, type: 'Increment', by: 1 }, { expectedVersion: 4 }).catch(
      (e: unknown) => e,
    );
    expect(clash).toMatchObject({ name: 'ConcurrencyError', expected: 4, actual: 0 });
    // …while a decider that refuses (here: the ceiling) is heard first, as a "not found" would be.
    const refused = await runCommand(store, counterCommand, { counterId: counter, type: 'Increment', by: 101 }, { expectedVersion: 4 }).catch(
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ code: 'counter.ceiling' });
    expect(await store.streamVersion(counter)).toBe(0);
  });

  it('without retry, concurrent commands conflict; with retry they are all re-decided and applied', async () => {
    const contended = id();
    await runCommand(store, counterCommand, { counterId: contended, type: 'Increment', by: 1 });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 8 }, () =>
        runCommand(store, counterCommand, { counterId: contended, type: 'Increment', by: 1 }, { retry: noRetry }),
      ),
    );
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(rejected.length).toBeGreaterThan(0);
    rejected.forEach((o) => expect(o.reason).toBeInstanceOf(ConcurrencyError));

    const withRetry = id();
    await Promise.all(
      Array.from({ length: 8 }, () =>
        runCommand(
          store,
          counterCommand,
          { counterId: withRetry, type: 'Increment', by: 1 },
          { retry: { attempts: 30, baseDelayMs: 5, maxDelayMs: 50 } },
        ),
      ),
    );
    expect(await loadAggregate(store, withRetry, counterDecider)).toEqual({ state: { value: 8, closed: false }, version: 8 });
  });

  it('re-decides on retry, so a rule broken by the concurrent winner is reported', async () => {
    const counter = id();
    await runCommand(store, counterCommand, { counterId: counter, type: 'Increment', by: 95 });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        runCommand(
          store,
          counterCommand,
          { counterId: counter, type: 'Increment', by: 4 },
          { retry: { attempts: 20, baseDelayMs: 5, maxDelayMs: 1000 } },
        ),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')) {
      expect(o.reason).toMatchObject({ code: 'counter.ceiling' });
    }
  });

  it('runs inside a caller transaction (executeCommand)', async () => {
    const counter = id();
    await store.withTransaction(async (tx) => {
      await executeCommand(tx, counterCommand, { counterId: counter, type: 'Increment', by: 3 });
      expect(await store.streamVersion(counter)).toBe(0);
    });
    expect(await store.streamVersion(counter)).toBe(1);
  });

  it('runs prepare and afterAppend in the command transaction; a throwing afterAppend undoes the append', async () => {
    const counter = id();
    const seen: string[] = [];
    const guarded = defineCommand({
      decider: counterDecider,
      streamId: (input: { counterId: string; by: number }) => input.counterId,
      prepare: (input, { loaded }) => {
        seen.push(`prepare at ${loaded.version}`);
        return { type: 'Increment' as const, by: input.by };
      },
      async afterAppend(outcome, tx) {
        seen.push(`after ${outcome.version} in ${tx.client === undefined ? 'no' : 'a'} transaction`);
        if (outcome.state.value > 10) throw new Error('guard refused');
      },
    });
    await runCommand(store, guarded, { counterId: counter, by: 4 });
    await expect(runCommand(store, guarded, { counterId: counter, by: 20 })).rejects.toThrow('guard refused');
    expect(seen).toEqual(['prepare at 0', 'after 1 in a transaction', 'prepare at 1', 'after 2 in a transaction']);
    expect(await loadAggregate(store, counter, counterDecider)).toEqual({ state: { value: 4, closed: false }, version: 1 });
  });
});
