import type { Kafka } from 'kafkajs';
import type { PoolClient } from 'pg';
import { createTestTopics, testKafka, uniqueName, waitFor } from '@product-ledger/testing';
import { createStoreFixture, type StoreFixture } from '../test-support/store-fixture';
import { deleteTopics, produceEvents, type TestEvent } from '../test-support/kafka-fixture';
import { startConsumer } from './start-consumer';
import { projectionProgress, resetProjection, waitForProjection, type ProjectionProgress } from './rebuild';
import type { ConsumedEvent, ConsumerHandle } from './consumer.types';

let fixture: StoreFixture;
let kafka: Kafka;
const topics: string[] = [];
const cleanups: Array<() => Promise<void>> = [];
const consumers: ConsumerHandle[] = [];

beforeAll(async () => {
  fixture = await createStoreFixture('es_rebuild');
  kafka = testKafka('rebuild-spec');
});
afterAll(async () => {
  await Promise.all(consumers.map((c) => c.stop().catch(() => undefined)));
  await Promise.all(cleanups.map((cleanup) => cleanup()));
  await deleteTopics(kafka, topics);
  await fixture.drop();
});

const events = (streams: number, perStream: number): TestEvent[] =>
  Array.from({ length: perStream }, (_, v) =>
    Array.from({ length: streams }, (_, s) => ({ streamId: `s${s}`, streamVersion: v + 1, type: 'Seen', data: { v: v + 1 } })),
  ).flat();

describe('rebuilding a projection', () => {
  it('resets tables and checkpoints while the consumer runs, replays from the earliest offset and reports progress', async () => {
    const topic = uniqueName('rebuild.events');
    topics.push(topic, `${topic}.dlq`);
    cleanups.push(await createTestTopics(kafka, [topic], 2));
    const table = `"${fixture.schema}".seen`;
    await fixture.pool.query(`CREATE TABLE ${table} (stream_id text, version integer, PRIMARY KEY (stream_id, version))`);
    const groupId = uniqueName('rebuild');
    await produceEvents(kafka, topic, events(5, 6));
    let applied = 0;
    const handler = async (event: ConsumedEvent, client: PoolClient) => {
      applied++;
      // A primary key violation here would mean an event applied twice.
      await client.query(`INSERT INTO ${table} VALUES ($1, $2)`, [event.streamId, Number(event.headers.ce_streamversion)]);
    };
    const consumer = await startConsumer({
      kafka,
      pool: fixture.pool,
      schema: fixture.schema,
      groupId,
      topics: [topic],
      handler,
      resetCheckIntervalMs: 300,
    });
    consumers.push(consumer);
    const options = { pool: fixture.pool, schema: fixture.schema, kafka, groupId, topics: [topic] };
    await waitForProjection({ ...options, pollIntervalMs: 200 });
    expect(await projectionProgress(options)).toEqual({ applied: 30, total: 30, ratio: 1, caughtUp: true });
    expect(applied).toBe(30);

    await resetProjection({ pool: fixture.pool, schema: fixture.schema, groupId, truncate: (client) => client.query(`TRUNCATE ${table}`).then(() => undefined) });
    const afterReset = await projectionProgress(options);
    expect(afterReset.applied).toBeLessThan(30);

    const progress: ProjectionProgress[] = [];
    await waitForProjection({ ...options, pollIntervalMs: 100, onProgress: (p) => progress.push(p) });
    expect(progress[progress.length - 1]).toEqual({ applied: 30, total: 30, ratio: 1, caughtUp: true });
    expect(applied).toBe(60);
    const rows = await fixture.pool.query(`SELECT count(*)::int AS n FROM ${table}`);
    expect(rows.rows[0].n).toBe(30);
    expect(consumer.status().state).toBe('running');
  });

  it('shares partitions between two members without applying anything twice or losing anything', async () => {
    const topic = uniqueName('rebalance.events');
    topics.push(topic, `${topic}.dlq`);
    cleanups.push(await createTestTopics(kafka, [topic], 4));
    const table = `"${fixture.schema}".seen_by_two`;
    await fixture.pool.query(`CREATE TABLE ${table} (stream_id text, version integer, PRIMARY KEY (stream_id, version))`);
    const groupId = uniqueName('two');
    const handler = async (event: ConsumedEvent, client: PoolClient) => {
      await client.query(`INSERT INTO ${table} VALUES ($1, $2)`, [event.streamId, Number(event.headers.ce_streamversion)]);
    };
    const base = { kafka, pool: fixture.pool, schema: fixture.schema, groupId, topics: [topic], handler };
    await produceEvents(kafka, topic, events(8, 5).slice(0, 20));
    const first = await startConsumer(base);
    consumers.push(first);
    await waitFor(() => first.status().appliedTotal > 0, { description: 'first member applying' });
    const second = await startConsumer(base); // joins: the group rebalances
    consumers.push(second);
    await produceEvents(kafka, topic, events(8, 5).slice(20));
    await waitForProjection({ pool: fixture.pool, schema: fixture.schema, kafka, groupId, topics: [topic], pollIntervalMs: 200 });
    await first.stop(); // leaves: the second takes all partitions
    await produceEvents(kafka, topic, events(8, 6).slice(40));
    await waitForProjection({ pool: fixture.pool, schema: fixture.schema, kafka, groupId, topics: [topic], pollIntervalMs: 200 });
    const rows = await fixture.pool.query(`SELECT count(*)::int AS n FROM ${table}`);
    expect(rows.rows[0].n).toBe(48);
    expect(first.status().deadLetteredTotal + second.status().deadLetteredTotal).toBe(0);
  });
});
