import { Client } from 'pg';
import { testServerUrl, waitFor } from '@product-ledger/testing';
import { quoteIdent, eventsChannel } from '../schema/identifiers';
import { createEventStore } from '../store/create-event-store';
import type { EventStore } from '../store/event-store';
import { createStoreFixture, type StoreFixture } from '../test-support/store-fixture';
import { appendSignalFor } from './append-signal';

let fixture: StoreFixture;
let store: EventStore;
let listener: Client;
let notifications: number;

beforeAll(async () => {
  fixture = await createStoreFixture('es_signal');
  store = createEventStore({ pool: fixture.pool, schema: fixture.schema });
  listener = new Client({ connectionString: testServerUrl() });
  await listener.connect();
  listener.on('notification', (n) => {
    if (n.channel === eventsChannel(fixture.schema)) notifications++;
  });
  await listener.query(`LISTEN ${quoteIdent(eventsChannel(fixture.schema))}`);
});
beforeEach(() => {
  notifications = 0;
});
afterAll(async () => {
  await listener.end();
  await fixture.drop();
});

/** Counts the in-process signals of the fixture's store while `work` runs. */
async function countingSignals(work: (count: () => number) => Promise<void>): Promise<number> {
  let signals = 0;
  const unsubscribe = appendSignalFor(fixture.pool, fixture.schema).subscribe(() => signals++);
  try {
    await work(() => signals);
    return signals;
  } finally {
    unsubscribe();
  }
}

describe('append signal', () => {
  it('wakes listeners in this process when an append commits, and other processes by a NOTIFY on the schema’s channel', async () => {
    const signals = await countingSignals(async () => {
      await store.append('signal-1', [{ type: 'T', data: {} }], { expectedVersion: 'no_stream' });
    });
    expect(signals).toBe(1);
    await waitFor(() => notifications > 0, { description: 'NOTIFY after the commit' });
  });

  it('inside a transaction, signals once the transaction is over, not at the append', async () => {
    const signals = await countingSignals(async (count) => {
      await store.withTransaction(async (tx) => {
        await tx.append('signal-2', [{ type: 'T', data: {} }], { expectedVersion: 'no_stream' });
        // Not committed yet: a relay woken now would find nothing.
        expect(count()).toBe(0);
      });
    });
    expect(signals).toBe(1);
  });

  it('sends no signal for an append that wrote nothing or failed', async () => {
    await store.append('signal-3', [{ type: 'T', data: {} }], { expectedVersion: 'no_stream' });
    const signals = await countingSignals(async () => {
      await store.append('signal-3', [], { expectedVersion: 1 });
      await expect(store.append('signal-3', [{ type: 'T', data: {} }], { expectedVersion: 'no_stream' })).rejects.toThrow();
    });
    expect(signals).toBe(0);
  });

  it('coalesces a burst of concurrent commits into fewer NOTIFYs', async () => {
    const appends = 60;
    await Promise.all(
      Array.from({ length: appends }, (_, i) =>
        store.append(`burst-${i}`, [{ type: 'T', data: {} }], { expectedVersion: 'no_stream' }),
      ),
    );
    await waitFor(() => notifications > 0, { description: 'NOTIFYs of the burst' });
    expect(notifications).toBeLessThan(appends);
  });
});
