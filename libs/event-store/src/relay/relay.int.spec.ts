import { fork, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { ConfigResourceTypes, type Kafka } from 'kafkajs';
import { testKafka, testKafkaBrokers, testServerUrl, uniqueName, waitFor } from '@product-ledger/testing';
import { createStoreFixture, type StoreFixture } from '../test-support/store-fixture';
import { collectTopic, deleteTopics, type CollectedMessage } from '../test-support/kafka-fixture';
import { createEventStore } from '../store/create-event-store';
import type { EventStore } from '../store/event-store';
import { startRelay } from './start-relay';
import type { RelayHandle } from './relay.types';

let fixture: StoreFixture;
let store: EventStore;
let kafka: Kafka;
const topics: string[] = [];
const relays: RelayHandle[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  fixture = await createStoreFixture('es_relay');
  fixture.pool.on('error', () => undefined);
  store = createEventStore({ pool: fixture.pool, schema: fixture.schema });
  kafka = testKafka('relay-spec');
});
afterAll(async () => {
  children.forEach((child) => child.kill('SIGKILL'));
  await Promise.all(relays.map((relay) => relay.stop()));
  await deleteTopics(kafka, topics);
  await fixture.drop();
});

const newTopic = (): string => {
  const topic = uniqueName('relay.events');
  topics.push(topic);
  return topic;
};

function startRelayProcess(schema: string, topic: string): Promise<ChildProcess> {
  const child = fork(path.join(__dirname, '../test-support/run-ts.js'), [path.join(__dirname, '../test-support/relay-process.ts')], {
    env: {
      ...process.env,
      RELAY_DATABASE_URL: testServerUrl(),
      RELAY_SCHEMA: schema,
      RELAY_TOPIC: topic,
      RELAY_BROKERS: testKafkaBrokers().join(','),
      RELAY_BATCH_SIZE: '25',
    },
    stdio: 'ignore',
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once('message', (message) => (message === 'active' ? resolve(child) : reject(new Error(String(message)))));
    child.once('exit', (code) => reject(new Error(`relay process exited with ${code}`)));
  });
}

/** For each stream, the versions in the order they arrived, keeping only first arrivals. */
function firstArrivalsPerStream(messages: CollectedMessage[]): Map<string, number[]> {
  const byStream = new Map<string, number[]>();
  const seen = new Set<string>();
  for (const message of messages) {
    const id = message.headers.ce_id;
    if (seen.has(id)) continue;
    seen.add(id);
    const list = byStream.get(message.key as string) ?? [];
    list.push(Number(message.headers.ce_streamversion));
    byStream.set(message.key as string, list);
  }
  return byStream;
}

describe('relay', () => {
  it('publishes committed events with CloudEvents headers to a topic it creates with infinite retention', async () => {
    const topic = newTopic();
    const relay = await startRelay({
      pool: fixture.pool,
      schema: fixture.schema,
      kafka,
      topicFor: () => topic,
      source: '/test/catalogue',
      topics: [topic],
      partitions: 2,
      name: 'headers',
      pollIntervalMs: 200,
    });
    relays.push(relay);
    await relay.whenActive();

    const admin = kafka.admin();
    await admin.connect();
    try {
      const [metadata] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics;
      expect(metadata.partitions).toHaveLength(2);
      const configs = await admin.describeConfigs({
        includeSynonyms: false,
        resources: [{ type: ConfigResourceTypes.TOPIC, name: topic, configNames: ['retention.ms'] }],
      });
      expect(configs.resources[0].configEntries.find((c) => c.configName === 'retention.ms')?.configValue).toBe('-1');
    } finally {
      await admin.disconnect();
    }

    const appended = await createEventStore({
      pool: fixture.pool,
      schema: fixture.schema,
      metadata: () => ({ correlationId: 'corr-1', traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' }),
    }).append('product-1', [{ type: 'ProductRegistered', data: { name: 'Ledger' } }], { expectedVersion: 'no_stream' });

    const [message] = await collectTopic(kafka, topic, (m) => m.length >= 1);
    const event = appended.events[0];
    expect(message.key).toBe('product-1');
    expect(JSON.parse(message.value as string)).toEqual({ name: 'Ledger' });
    expect(message.headers).toMatchObject({
      ce_specversion: '1.0',
      ce_id: event.eventId,
      ce_type: 'ProductRegistered',
      ce_source: '/test/catalogue',
      ce_time: event.recordedAt.toISOString(),
      ce_subject: 'product-1',
      ce_schemaversion: '1',
      'content-type': 'application/json',
      traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      ce_correlationid: 'corr-1',
    });
    await waitFor(() => relay.status().publishedTotal >= 1 && relay.status().lag === 0, { description: 'relay caught up' });
    expect(relay.status()).toMatchObject({
      role: 'active',
      checkpoint: { transactionId: event.transactionId, position: event.globalPosition },
    });
    await relay.stop();
    expect(relay.status().role).toBe('stopped');
  });

  it('survives being killed mid-stream: a standby takes over and every event reaches Kafka in per-stream order', async () => {
    const topic = newTopic();
    const first = await startRelayProcess(fixture.schema, topic);

    const standby = await startRelay({
      pool: fixture.pool,
      schema: fixture.schema,
      kafka,
      topicFor: () => topic,
      source: '/test/relay-process',
      partitions: 3,
      batchSize: 25,
      pollIntervalMs: 200,
      standbyPollMs: 200,
    });
    relays.push(standby);
    await waitFor(() => standby.status().role === 'standby', { description: 'second relay standing by' });

    // Writers keep appending while the active relay dies.
    const streams = Array.from({ length: 12 }, (_, i) => `stream-${i}`);
    const perStream = 40;
    let killedAt = -1;
    const writing = (async () => {
      for (let round = 0; round < perStream; round++) {
        await Promise.all(
          streams.map((stream) => store.append(stream, [{ type: 'Ticked', data: { round } }], { expectedVersion: round })),
        );
        if (round === 10) {
          await waitFor(
            async () => {
              const state = await fixture.pool.query(`SELECT position FROM "${fixture.schema}".relay_state WHERE name = 'kafka'`);
              return state.rows.length > 0;
            },
            { description: 'first relay publishing' },
          );
          first.kill('SIGKILL');
          killedAt = round;
        }
      }
    })();
    await writing;
    expect(killedAt).toBe(10);

    await waitFor(() => standby.status().role === 'active', { timeoutMs: 30_000, description: 'standby takes over' });
    const total = streams.length * perStream;
    const ours = (m: CollectedMessage[]) => m.filter((x) => x.key?.startsWith('stream-'));
    const messages = ours(await collectTopic(kafka, topic, (m) => new Set(ours(m).map((x) => x.headers.ce_id)).size >= total));

    const arrivals = firstArrivalsPerStream(messages);
    expect([...arrivals.keys()].sort()).toEqual([...streams].sort());
    for (const stream of streams) {
      expect(arrivals.get(stream)).toEqual(Array.from({ length: perStream }, (_, i) => i + 1));
    }
    // All of one stream's messages share a partition, so its order is kept for consumers.
    for (const stream of streams) {
      expect(new Set(messages.filter((m) => m.key === stream).map((m) => m.partition)).size).toBe(1);
    }
    await waitFor(() => standby.status().lag === 0, { description: 'standby caught up' });
    expect(standby.status().publishedTotal).toBeGreaterThan(0);
  });
});
