import { EventEmitter } from 'node:events';
import type { Pool } from 'pg';
import { AppendSignal } from './append-signal';

/** A pool whose NOTIFY queries stay in flight until the test settles them. */
function fakePool() {
  const emitter = new EventEmitter();
  const inFlight: (() => void)[] = [];
  const pool = Object.assign(emitter, {
    query: jest.fn(() => new Promise<void>((resolve) => inFlight.push(resolve))),
  });
  return { pool: pool as unknown as Pool & { query: jest.Mock }, emitter, settle: () => inFlight.shift()?.() };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('AppendSignal', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['setImmediate'], now: 1_000_000 }));
  afterEach(() => jest.useRealTimers());

  it('sends one NOTIFY at once, folds the commits made meanwhile into one more, then goes quiet', async () => {
    const { pool, settle } = fakePool();
    const signal = new AppendSignal(pool, 'schema.events');
    signal.appended();
    expect(pool.query).toHaveBeenCalledTimes(1);
    expect(pool.query).toHaveBeenLastCalledWith("SELECT pg_notify($1, '')", ['schema.events']);

    for (let i = 0; i < 10; i++) signal.appended();
    expect(pool.query).toHaveBeenCalledTimes(1);
    settle();
    await flush();
    jest.advanceTimersByTime(10);
    expect(pool.query).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(15);
    expect(pool.query).toHaveBeenCalledTimes(2);

    settle();
    await flush();
    jest.advanceTimersByTime(1000);
    expect(pool.query).toHaveBeenCalledTimes(2);
  });

  it('wakes in-process listeners on every commit, and stops after unsubscribe', () => {
    const { pool } = fakePool();
    const signal = new AppendSignal(pool, 'c');
    const woken = jest.fn();
    const unsubscribe = signal.subscribe(woken);
    signal.appended();
    signal.appended();
    expect(woken).toHaveBeenCalledTimes(2);
    unsubscribe();
    signal.appended();
    expect(woken).toHaveBeenCalledTimes(2);
  });

  it('signals an append inside a transaction when its client returns to the pool, not before, and not on a broken client', () => {
    const { pool, emitter } = fakePool();
    const signal = new AppendSignal(pool, 'c');
    const woken = jest.fn();
    signal.subscribe(woken);
    const client = {} as never;
    const broken = {} as never;
    signal.appendedInTransaction(client);
    signal.appendedInTransaction(broken);
    expect(woken).not.toHaveBeenCalled();
    emitter.emit('release', undefined, {});
    expect(woken).not.toHaveBeenCalled();
    emitter.emit('release', undefined, client);
    expect(woken).toHaveBeenCalledTimes(1);
    emitter.emit('release', undefined, client);
    emitter.emit('release', new Error('connection lost'), broken);
    expect(woken).toHaveBeenCalledTimes(1);
  });

  it('keeps quiet when the pool refuses (ended): polling finds the events', async () => {
    const pool = Object.assign(new EventEmitter(), {
      query: jest.fn(() => Promise.reject(new Error('Cannot use a pool after calling end on the pool'))),
    }) as unknown as Pool;
    const signal = new AppendSignal(pool, 'c');
    expect(() => signal.appended()).not.toThrow();
    await flush();
  });
});
