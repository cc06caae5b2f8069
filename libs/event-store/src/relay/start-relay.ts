import { Client } from 'pg';
import { encodeCloudEvent } from '../kafka/cloud-events';
import { toMessageBus } from '../kafka/kafkajs-message-bus';
import type { MessagePublisher } from '../kafka/message-bus';
import { silentLogger } from '../logger';
import { appendSignalFor } from '../notify/append-signal';
import { readAll } from '../reading/read-all';
import { eventsChannel, quoteIdent } from '../schema/identifiers';
import type { Checkpoint } from '../store/event-types';
import { countUnpublished, loadRelayCheckpoint, saveRelayCheckpoint } from './relay-state';
import type { RelayHandle, RelayOptions, RelayRole, RelayStatus } from './relay.types';
import { WakeSignal } from './wake-signal';
import { contextOfTraceparent, endSpan, SpanKind, startSpan, traceparentOf } from '../tracing/spans';

const RETRY_AFTER_ERROR_MS = 1000;

/**
 * Publishes committed events to Kafka in gap-free order. Leadership is a session advisory lock held by a
 * dedicated connection, and every read and checkpoint write of the active relay goes through that same
 * connection: if it dies the lock is gone and so is the relay's ability to advance the checkpoint.
 */
export async function startRelay(options: RelayOptions): Promise<RelayHandle> {
  const schema = options.schema ?? 'public';
  const name = options.name ?? 'kafka';
  const partitions = options.partitions ?? 3;
  const batchSize = options.batchSize ?? 500;
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const heldBackRepollMs = Math.max(1, Math.min(options.heldBackRepollMs ?? 20, pollIntervalMs));
  const standbyPollMs = options.standbyPollMs ?? 1000;
  const logger = options.logger ?? silentLogger;
  const bus = toMessageBus(options.kafka, logger);
  const topicConfig = { 'retention.ms': '-1' };

  const knownTopics = new Set<string>();
  const ensureTopics = async (topics: string[]): Promise<void> => {
    const missing = [...new Set(topics)].filter((topic) => !knownTopics.has(topic));
    if (missing.length === 0) return;
    await bus.ensureTopics(missing.map((topic) => ({ topic, partitions, config: topicConfig })));
    for (const topic of missing) knownTopics.add(topic);
  };
  await ensureTopics([...(options.topics ?? [])]);

  let role: RelayRole = 'starting';
  let checkpoint: Checkpoint | null = null;
  let lag = 0;
  let publishedTotal = 0;
  let lastPublishedAt: Date | undefined;
  let lastError: string | undefined;
  let stopped = false;
  let client: Client | undefined;
  let publisher: MessagePublisher | undefined;
  const wake = new WakeSignal();
  // Commits of this process wake the relay at once; other processes' commits arrive as a NOTIFY.
  // Only an active relay is woken: a standby's lock attempts and the pause after an error keep their pace.
  const unsubscribe = appendSignalFor(options.pool, schema).subscribe(() => {
    if (role === 'active') wake.wake();
  });
  let markActive!: () => void;
  const active = new Promise<void>((resolve) => (markActive = resolve));

  const lockKey = `product-ledger.relay:${schema}:${name}`;

  const connect = async (): Promise<Client> => {
    // keepAlive: a peer that vanished without closing must lose the lock in time, not after hours.
    const fresh = new Client({ ...options.pool.options, keepAlive: true });
    // A dropped connection surfaces as a failed query below; the event only must not crash the process.
    fresh.on('error', (error) => {
      lastError = error.message;
      wake.wake();
    });
    fresh.on('notification', () => wake.wake());
    await fresh.connect();
    return fresh;
  };

  const closeClient = async (): Promise<void> => {
    const old = client;
    client = undefined;
    // Ending the session releases the advisory lock.
    await old?.end().catch(() => undefined);
  };

  const closePublisher = async (): Promise<void> => {
    const old = publisher;
    publisher = undefined;
    await old?.close().catch(() => undefined);
  };

  const becomeActive = async (connection: Client): Promise<boolean> => {
    while (!stopped) {
      const result = await connection.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
        [lockKey],
      );
      if (result.rows[0].locked) return true;
      if (role !== 'standby') logger.info({ relay: name, schema }, 'relay standing by: another instance is active');
      role = 'standby';
      lag = 0;
      await wake.wait(standbyPollMs);
    }
    return false;
  };

  const publishRound = async (connection: Client): Promise<number> => {
    const { events, checkpoint: next } = await readAll(connection, schema, checkpoint, batchSize);
    if (events.length === 0) return 0;
    const messages = events.map((event) => encodeCloudEvent(event, options.topicFor(event), options.source));
    await ensureTopics(messages.map((message) => message.topic));
    publisher ??= await bus.publisher({ idempotent: true });
    // One span per event, in the trace its metadata names, until the broker acknowledged it; the message
    // carries that span as its traceparent, so consumers continue from the publish.
    const spans = messages.map((message, index) => {
      const event = events[index]!;
      const span = startSpan(`publish ${message.topic}`, {
        kind: SpanKind.PRODUCER,
        parent: contextOfTraceparent(event.metadata.traceparent),
        attributes: {
          'messaging.system': 'kafka',
          'messaging.operation.type': 'send',
          'messaging.destination.name': message.topic,
          'messaging.kafka.message.key': message.key ?? undefined,
          'messaging.message.id': event.eventId,
          'product_ledger.event_type': event.type,
          'product_ledger.global_position': event.globalPosition,
        },
      });
      const traceparent = traceparentOf(span, message.headers.traceparent);
      return { span, message: traceparent ? { ...message, headers: { ...message.headers, traceparent } } : message };
    });
    try {
      await publisher.publish(spans.map(({ message }) => message));
    } catch (error) {
      for (const { span } of spans) endSpan(span, error);
      throw error;
    }
    for (const { span } of spans) endSpan(span);
    // Only now, with every message acknowledged by the broker, does the checkpoint move.
    await saveRelayCheckpoint(connection, schema, name, next as Checkpoint, events.length);
    checkpoint = next;
    publishedTotal += events.length;
    lastPublishedAt = new Date();
    return events.length;
  };

  const run = async (): Promise<void> => {
    while (!stopped) {
      try {
        client = await connect();
        if (!(await becomeActive(client))) break;
        await client.query(`LISTEN ${quoteIdent(eventsChannel(schema))}`);
        checkpoint = await loadRelayCheckpoint(client, schema, name);
        role = 'active';
        lastError = undefined;
        logger.info({ relay: name, schema, checkpoint }, 'relay active');
        markActive();
        let heldBackWaitMs = heldBackRepollMs;
        while (!stopped) {
          const published = await publishRound(client);
          if (published === batchSize) continue;
          lag = await countUnpublished(client, schema, checkpoint);
          if (lag === 0) {
            heldBackWaitMs = heldBackRepollMs;
            await wake.wait(pollIntervalMs);
          } else {
            // Committed events wait behind an older transaction still open: look again soon, and less
            // often the longer it stays open.
            await wake.wait(heldBackWaitMs);
            heldBackWaitMs = published > 0 ? heldBackRepollMs : Math.min(heldBackWaitMs * 2, pollIntervalMs);
          }
        }
      } catch (error) {
        lastError = (error as Error).message;
        logger.error({ err: error, relay: name, schema }, 'relay round failed; retrying');
        role = role === 'active' ? 'starting' : role;
        // A failed send may leave the idempotent producer's sequence unknown: start over with a new one.
        await closePublisher();
        await closeClient();
        if (!stopped) await wake.wait(RETRY_AFTER_ERROR_MS);
      }
    }
    unsubscribe();
    await closeClient();
    await closePublisher();
    role = 'stopped';
  };

  const loop = run();

  return {
    status: (): RelayStatus => ({ name, role, checkpoint, lag, publishedTotal, lastPublishedAt, lastError }),
    whenActive: () => active,
    stop: async () => {
      stopped = true;
      wake.wake();
      await loop;
    },
  };
}
