import type { Kafka } from 'kafkajs';
import type { PoolClient } from 'pg';
import { z } from 'zod';
import { createTestTopics, testKafka, uniqueName, waitFor } from '@product-ledger/testing';
import { createStoreFixture, type StoreFixture } from '../test-support/store-fixture';
import { collectTopic, deleteTopics, produceEvents, type TestEvent } from '../test-support/kafka-fixture';
import { createEventRegistry } from '../store/event-registry';
import { startConsumer } from './start-consumer';
import { kafkajsMessageBus } from '../kafka/kafkajs-message-bus';
import type { ConsumedEvent, ConsumerHandle } from './consumer.types';

let fixture: StoreFixture;
let kafka: Kafka;
const topics: string[] = [];
const consumers: ConsumerHandle[] = [];
const topicCleanups: Array<() => Promise<void>> = [];

beforeAll(async () => {
  fixture = await createStoreFixture('es_consumer');
  fixture.pool.on('error', () => undefined);
  kafka = testKafka('consumer-spec');
});
afterAll(async () => {
  await Promise.all(consumers.map((consumer) => consumer.stop().catch(() => undefined)));
  await Promise.all(topicCleanups.map((cleanup) => cleanup()));
  await deleteTopics(kafka, topics);
  await fixture.drop();
});

async function newTopic(partitions = 1): Promise<string> {
  const topic = uniqueName('consumer.events');
  topics.push(topic, `${topic}.dlq`);
  topicCleanups.push(await createTestTopics(kafka, [topic], partitions));
  return topic;
}

/** A read model: per stream, the sum of `amount` and the versions applied, in order. */
async function createTotalsTable(name: string): Promise<string> {
  const table = `"${fixture.schema}"."${name}"`;
  await fixture.pool.query(
    `CREATE TABLE ${table} (stream_id text PRIMARY KEY, total integer NOT NULL, versions integer[] NOT NULL)`,
  );
  return table;
}

const applyTotals = (table: string) => async (event: ConsumedEvent, client: PoolClient) => {
  const { amount } = event.data as { amount: number };
  const version = Number(event.headers.ce_streamversion);
  await client.query(
    `INSERT INTO ${table} (stream_id, total, versions) VALUES ($1, $2, ARRAY[$3::integer])
     ON CONFLICT (stream_id) DO UPDATE SET total = ${table}.total + $2, versions = ${table}.versions || $3::integer`,
    [event.streamId, amount, version],
  );
};

async function readTable(table: string): Promise<unknown[]> {
  return (await fixture.pool.query(`SELECT stream_id, total, versions FROM ${table} ORDER BY stream_id`))
    .rows;
}

const amounts = (streams: number, perStream: number, from = 1): TestEvent[] =>
  Array.from({ length: perStream }, (_, v) =>
    Array.from({ length: streams }, (_, s) => ({
      streamId: `s${s}`,
      streamVersion: from + v,
      type: 'Amounted',
      data: { amount: s * 100 + from + v },
    })),
  ).flat();

async function checkpointOffsets(groupId: string): Promise<Record<string, string>> {
  const rows = await fixture.pool.query(
    `SELECT partition, "offset"::text AS "offset" FROM "${fixture.schema}".consumer_checkpoints WHERE group_id = $1`,
    [groupId],
  );
  return Object.fromEntries(rows.rows.map((r) => [r.partition, r.offset]));
}

async function start(options: Parameters<typeof startConsumer>[0]): Promise<ConsumerHandle> {
  const consumer = await startConsumer(options);
  consumers.push(consumer);
  return consumer;
}

describe('consumer runner', () => {
  it('applies each batch with its checkpoint; a restarted consumer resumes without re-applying', async () => {
    const topic = await newTopic(2);
    const table = await createTotalsTable('totals_resume');
    const groupId = uniqueName('resume');
    await produceEvents(kafka, topic, amounts(4, 5));
    const base = {
      kafka,
      pool: fixture.pool,
      schema: fixture.schema,
      groupId,
      topics: [topic],
      handler: applyTotals(table),
    };

    const first = await start(base);
    await waitFor(async () => first.status().appliedTotal === 20, { description: 'first run applied 20' });
    await first.stop();

    await produceEvents(kafka, topic, amounts(4, 3, 6));
    const second = await start(base);
    await waitFor(async () => second.status().appliedTotal === 12, {
      description: 'second run applied the 12 new',
    });
    expect(await readTable(table)).toEqual(
      [0, 1, 2, 3].map((s) => ({
        stream_id: `s${s}`,
        total: Array.from({ length: 8 }, (_, v) => s * 100 + 1 + v).reduce((a, b) => a + b, 0),
        versions: [1, 2, 3, 4, 5, 6, 7, 8],
      })),
    );
    await waitFor(
      () => second.status().partitions.every((p) => p.lag === 0) && second.status().partitions.length > 0,
      {
        description: 'lag reported as 0',
      },
    );
  });

  it('on assignment, asks Kafka for a topic’s offsets once, not once per partition without a checkpoint', async () => {
    const topic = await newTopic(3);
    const table = await createTotalsTable('totals_offsets');
    await produceEvents(kafka, topic, amounts(6, 2));
    const bus = kafkajsMessageBus(kafka);
    const offsetCalls: string[] = [];
    const counting = { ...bus, offsets: (t: string) => (offsetCalls.push(t), bus.offsets(t)) };
    const consumer = await start({
      kafka: counting,
      pool: fixture.pool,
      schema: fixture.schema,
      groupId: uniqueName('offsets'),
      topics: [topic],
      handler: applyTotals(table),
    });
    await waitFor(async () => consumer.status().appliedTotal === 12, { description: 'all 12 applied' });
    // Once per assignment (a rare rebalance may add one); per partition it would be 3 for the first alone.
    expect(offsetCalls.length).toBeLessThan(3);
    expect(new Set(offsetCalls)).toEqual(new Set([topic]));
  });

  it('a failure in the middle of a batch leaves nothing of it; after restart the read model equals a replay', async () => {
    const topic = await newTopic(1);
    const table = await createTotalsTable('totals_crash');
    const groupId = uniqueName('crash');
    await produceEvents(kafka, topic, amounts(3, 2)); // 6 events, applied before the failure
    const base = { kafka, pool: fixture.pool, schema: fixture.schema, groupId, topics: [topic] };

    let crashes = 0;
    let seenInBatch = 0;
    const crashing = await start({
      ...base,
      handler: async (event, client) => {
        if (Number(event.offset) >= 6 && ++seenInBatch === 5) {
          seenInBatch = 0;
          crashes++;
          // The process "dies" under the transaction: its connection is killed mid-batch.
          await client.query('SELECT pg_terminate_backend(pg_backend_pid())');
        }
        await applyTotals(table)(event, client);
      },
    });
    await waitFor(async () => crashing.status().appliedTotal === 6, { description: 'first batch applied' });
    const before = await readTable(table);
    await produceEvents(kafka, topic, amounts(3, 10, 3)); // 30 more: the failing batch
    await waitFor(() => crashes >= 2, { description: 'the batch failed (and its retry too)' });
    expect(await readTable(table)).toEqual(before);
    expect(await checkpointOffsets(groupId)).toEqual({ 0: '5' });
    await crashing.stop();

    const restarted = await start({ ...base, handler: applyTotals(table) });
    await waitFor(async () => (await checkpointOffsets(groupId))[0] === '35', {
      description: 'restart caught up',
    });
    await restarted.stop();

    const replayTable = await createTotalsTable('totals_replay');
    const replay = await start({ ...base, groupId: uniqueName('replay'), handler: applyTotals(replayTable) });
    await waitFor(async () => replay.status().appliedTotal === 36, { description: 'replay from scratch' });
    expect(await readTable(table)).toEqual(await readTable(replayTable));
    expect((await readTable(table)).length).toBe(3);
  });

  it('sends a poison message and an invalid one to the DLQ with their errors, and goes on', async () => {
    const topic = await newTopic(1);
    const table = await createTotalsTable('totals_poison');
    const groupId = uniqueName('poison');
    const registry = createEventRegistry([
      { type: 'Amounted', schemaVersion: 1, schema: z.object({ amount: z.number().int() }) },
    ]);
    const ids = await produceEvents(kafka, topic, [
      { streamId: 'a', streamVersion: 1, type: 'Amounted', data: { amount: 1 } },
      { streamId: 'a', streamVersion: 2, type: 'Amounted', data: { amount: 13 } }, // the handler chokes on 13
      { streamId: 'a', streamVersion: 3, type: 'Amounted', data: { amount: 'ten' } }, // breaks the contract
      { streamId: 'a', streamVersion: 4, type: 'Amounted', data: { amount: 4 } },
    ]);
    let attemptsOn13 = 0;
    const consumer = await start({
      kafka,
      pool: fixture.pool,
      schema: fixture.schema,
      groupId,
      topics: [topic],
      registry,
      retry: { attempts: 3, baseDelayMs: 10 },
      handler: async (event, client) => {
        if ((event.data as { amount: number }).amount === 13) {
          attemptsOn13++;
          throw new Error('unlucky number 13');
        }
        await applyTotals(table)(event, client);
      },
    });
    await waitFor(async () => (await checkpointOffsets(groupId))[0] === '3', {
      description: 'all four passed',
    });
    expect(await readTable(table)).toEqual([{ stream_id: 'a', total: 5, versions: [1, 4] }]);
    expect(attemptsOn13).toBe(1 + 3); // the optimistic pass, then three isolated attempts
    expect(consumer.status().deadLetteredTotal).toBe(2);

    const dead = await collectTopic(kafka, `${groupId}.dlq`, (m) => m.length >= 2);
    expect(dead.map((m) => m.headers.ce_id)).toEqual([ids[1], ids[2]]);
    expect(dead[0].headers).toMatchObject({
      dlq_error: 'unlucky number 13',
      dlq_error_type: 'handler-failed',
      dlq_original_topic: topic,
      dlq_original_partition: '0',
      dlq_original_offset: '1',
      dlq_group: groupId,
      ce_type: 'Amounted',
    });
    expect(dead[1].headers).toMatchObject({ dlq_error_type: 'undecodable', dlq_original_offset: '2' });
    expect(dead[1].headers.dlq_error).toContain('amount');
    expect(JSON.parse(dead[0].value as string)).toEqual({ amount: 13 });
  });

  it('a batch handler applies a healthy batch in one call; with a poison event the others are applied once and it goes to the DLQ alone', async () => {
    const topic = await newTopic(1);
    const table = await createTotalsTable('totals_batch');
    const groupId = uniqueName('batch');
    // One send before the consumer starts: the first fetch hands over the whole partition as one batch.
    const ids = await produceEvents(kafka, topic, [
      { streamId: 'a', streamVersion: 1, type: 'Amounted', data: { amount: 1 } },
      { streamId: 'b', streamVersion: 1, type: 'Amounted', data: { amount: 2 } },
      { streamId: 'a', streamVersion: 2, type: 'Amounted', data: { amount: 13 } }, // poison for both handlers
      { streamId: 'a', streamVersion: 3, type: 'Amounted', data: { amount: 4 } },
      { streamId: 'b', streamVersion: 2, type: 'Amounted', data: { amount: 5 } },
    ]);
    const batches: number[][] = [];
    const singles: number[] = [];
    const amountOf = (event: ConsumedEvent) => (event.data as { amount: number }).amount;
    const consumer = await start({
      kafka,
      pool: fixture.pool,
      schema: fixture.schema,
      groupId,
      topics: [topic],
      retry: { attempts: 2, baseDelayMs: 10 },
      handler: async (event, client) => {
        singles.push(amountOf(event));
        if (amountOf(event) === 13) throw new Error('unlucky number 13');
        await applyTotals(table)(event, client);
      },
      batchHandler: async (events, client) => {
        batches.push(events.map(amountOf));
        // Writes first, then fails: the rollback must leave none of them.
        for (const event of events) await applyTotals(table)(event, client);
        if (events.some((event) => amountOf(event) === 13)) throw new Error('unlucky number 13 in the batch');
      },
    });
    await waitFor(async () => (await checkpointOffsets(groupId))[0] === '4', {
      description: 'all five passed',
    });
    expect(batches[0]).toEqual([1, 2, 13, 4, 5]);
    // The fallback: each event alone, the poison one retried, the others applied exactly once.
    expect(singles).toEqual([1, 2, 13, 13, 4, 5]);
    expect(await readTable(table)).toEqual([
      { stream_id: 'a', total: 5, versions: [1, 3] },
      { stream_id: 'b', total: 7, versions: [1, 2] },
    ]);
    expect(consumer.status()).toMatchObject({ appliedTotal: 4, deadLetteredTotal: 1 });
    const dead = await collectTopic(kafka, `${groupId}.dlq`, (m) => m.length >= 1);
    expect(dead.map((m) => m.headers.ce_id)).toEqual([ids[2]]);
    expect(dead[0].headers).toMatchObject({
      dlq_error: 'unlucky number 13',
      dlq_error_type: 'handler-failed',
    });

    // A healthy batch afterwards: one call of the batch handler, no per-event call.
    await produceEvents(kafka, topic, [
      { streamId: 'a', streamVersion: 4, type: 'Amounted', data: { amount: 6 } },
      { streamId: 'b', streamVersion: 3, type: 'Amounted', data: { amount: 7 } },
    ]);
    await waitFor(async () => (await checkpointOffsets(groupId))[0] === '6', {
      description: 'the healthy batch',
    });
    expect(batches.slice(1).flat()).toEqual([6, 7]);
    expect(singles).toHaveLength(6);
    expect(await readTable(table)).toEqual([
      { stream_id: 'a', total: 11, versions: [1, 3, 4] },
      { stream_id: 'b', total: 14, versions: [1, 2, 3] },
    ]);
    expect(consumer.status().appliedTotal).toBe(6);
  });
});
