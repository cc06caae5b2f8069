import { CompressionTypes } from 'kafkajs';
import { createEventStore, encodeCloudEvent, type StoredEvent } from '@product-ledger/event-store';
import { Pool } from 'pg';
import type { RelayTask, TrialResult } from '../tasks';
import { benchKafka } from './bench-kafka';
import { now, trialResult } from './trial-clock';

/**
 * The bound for the relay: a bare kafkajs producer with the relay's settings (idempotent, one request in
 * flight, acks -1, no compression) sending the very same messages (key, value, CloudEvents headers) in
 * sends of the relay's batch size. The events are read before the clock starts; encoding is timed, as
 * it is in the relay. The clock covers connecting the producer and every acknowledged send.
 */
export async function runKafkajsRelay(task: RelayTask): Promise<TrialResult> {
  const events = await readEvents(task);
  const kafka = benchKafka(task.brokers, 'bench-relay-kafkajs');
  const startedAt = now();
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  for (let offset = 0; offset < events.length; offset += task.batchSize) {
    const messages = events
      .slice(offset, offset + task.batchSize)
      .map((event) => encodeCloudEvent(event, task.topic, '/product-ledger/bench'))
      .map(({ key, value, headers }) => ({ key, value, headers }));
    await producer.send({ topic: task.topic, acks: -1, compression: CompressionTypes.None, messages });
  }
  const endedAt = now();
  await producer.disconnect();
  return trialResult(events.length, startedAt, endedAt);
}

async function readEvents(task: RelayTask): Promise<StoredEvent[]> {
  const pool = new Pool({ connectionString: task.databaseUrl, max: 1 });
  const store = createEventStore({ pool, schema: task.schema });
  const events: StoredEvent[] = [];
  let checkpoint = null;
  for (;;) {
    const page = await store.readAll(checkpoint, 5_000);
    if (page.events.length === 0) break;
    events.push(...page.events);
    checkpoint = page.checkpoint;
  }
  await pool.end();
  if (events.length !== task.events)
    throw new Error(`expected ${task.events} pre-appended events, found ${events.length}`);
  return events;
}
