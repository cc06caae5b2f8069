import { Pool } from 'pg';
import type { Kafka } from 'kafkajs';
import { testKafka, uniqueName, waitFor } from '@product-ledger/testing';
import { createStoreFixture, type StoreFixture } from '../test-support/store-fixture';
import { deleteTopics } from '../test-support/kafka-fixture';
import { createEventStore } from '../store/create-event-store';
import type { EventStore } from '../store/event-store';
import { startRelay } from './start-relay';
import type { RelayHandle } from './relay.types';

/**
 * Every relay here polls only every 10 minutes: whatever it publishes within a test's wait was woken by a
 * signal or the held-back re-poll, not found by polling.
 */
const NO_POLLING_MS = 600_000;

let kafka: Kafka;
let fixture: StoreFixture;
let store: EventStore;
const topics: string[] = [];
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(() => {
  kafka = testKafka('relay-wake-spec');
});
beforeEach(async () => {
  fixture = await createStoreFixture('es_wake');
  store = createEventStore({ pool: fixture.pool, schema: fixture.schema });
});
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
  await fixture.drop();
});
afterAll(async () => {
  await deleteTopics(kafka, topics);
});

async function relayOn(pool: Pool, heldBackRepollMs?: number): Promise<RelayHandle> {
  const topic = uniqueName('relay.wake');
  topics.push(topic);
  const relay = await startRelay({
    pool,
    schema: fixture.schema,
    kafka,
    topicFor: () => topic,
    source: '/test/wake',
    topics: [topic],
    pollIntervalMs: NO_POLLING_MS,
    heldBackRepollMs,
  });
  cleanups.push(() => relay.stop());
  await relay.whenActive();
  return relay;
}

const published = (relay: RelayHandle, count: number, description: string) =>
  waitFor(() => relay.status().publishedTotal >= count, { timeoutMs: 60_000, description });

const tick = (stream: string, expectedVersion: number) =>
  store.append(stream, [{ type: 'Ticked', data: { expectedVersion } }], { expectedVersion });

describe('relay wake-up', () => {
  it('is woken at once by commits of a store on its own pool', async () => {
    const relay = await relayOn(fixture.pool);
    await tick('wake-1', 0);
    await published(relay, 1, 'first event published');
    await tick('wake-1', 1);
    await tick('wake-1', 2);
    await published(relay, 3, 'later events published without a poll');
  });

  it('is woken by the NOTIFY of commits made in another process (another pool)', async () => {
    const relayPool = new Pool({ connectionString: fixture.pool.options.connectionString, max: 2 });
    cleanups.push(() => relayPool.end());
    const relay = await relayOn(relayPool);
    await tick('wake-2', 0);
    await published(relay, 1, 'first event published');
    await tick('wake-2', 1);
    await published(relay, 2, 'second event published');
  });

  it('looks again soon when committed events wait behind an older transaction still open', async () => {
    const relay = await relayOn(fixture.pool);
    const holder = await fixture.pool.connect();
    let released = false;
    cleanups.push(async () => {
      if (!released) holder.release(true);
    });
    await holder.query('BEGIN');
    // Appended inside the open transaction: signalled only when the client returns to the pool.
    await store.append('held-1', [{ type: 'Ticked', data: {} }], { expectedVersion: 'no_stream', client: holder });
    // Committed and signalled, but held back by the older open transaction (the gap-free rule).
    await tick('held-2', 0);
    await waitFor(() => relay.status().lag === 1, { timeoutMs: 60_000, description: 'relay sees one event held back' });
    expect(relay.status().publishedTotal).toBe(0);

    // COMMIT without giving the client back: nothing signals this commit, only the re-poll can find it.
    await holder.query('COMMIT');
    await published(relay, 2, 'both events published after the older transaction committed');
    holder.release();
    released = true;
  });
});
