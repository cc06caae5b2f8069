import { CompressionTypes, type Admin, type Consumer, type Kafka, type Producer } from 'kafkajs';
import { silentLogger, type EventStoreLogger } from '../logger';
import type {
  IncomingBatch,
  MessageBus,
  MessagePublisher,
  PartitionOffset,
  SubscribeOptions,
  Subscription,
  TopicPartition,
  TopicSpec,
} from './message-bus';

/** Adapts a kafkajs `Kafka` to the MessageBus port. */
export function kafkajsMessageBus(kafka: Kafka, logger: EventStoreLogger = silentLogger): MessageBus {
  const withAdmin = async <T>(work: (admin: Admin) => Promise<T>): Promise<T> => {
    const admin = kafka.admin();
    await admin.connect();
    try {
      return await work(admin);
    } finally {
      await admin.disconnect();
    }
  };

  return {
    ensureTopics: (specs) => withAdmin((admin) => ensureTopics(admin, specs)),
    publisher: async ({ idempotent }) => kafkajsPublisher(kafka, idempotent),
    subscribe: (options) => subscribe(kafka, options, logger),
    offsets: (topic) =>
      withAdmin(async (admin) =>
        (await admin.fetchTopicOffsets(topic)).map(({ partition, low, high }) => ({ partition, low, high })),
      ),
  };
}

export function toMessageBus(kafka: Kafka | MessageBus, logger?: EventStoreLogger): MessageBus {
  return 'subscribe' in kafka ? kafka : kafkajsMessageBus(kafka, logger);
}

async function ensureTopics(admin: Admin, specs: readonly TopicSpec[]): Promise<void> {
  if (specs.length === 0) return;
  const existing = new Set(await admin.listTopics());
  const missing = specs.filter((spec) => !existing.has(spec.topic));
  if (missing.length === 0) return;
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((spec) => ({
        topic: spec.topic,
        numPartitions: spec.partitions,
        configEntries: Object.entries(spec.config ?? {}).map(([name, value]) => ({ name, value })),
      })),
    });
  } catch (error) {
    // Another process created one of them in between: fine as long as they all exist now.
    const now = new Set(await admin.listTopics());
    if (missing.some((spec) => !now.has(spec.topic))) throw error;
  }
}

async function kafkajsPublisher(kafka: Kafka, idempotent: boolean): Promise<MessagePublisher> {
  // One request in flight keeps per-partition order through retries; idempotence drops the duplicates.
  const producer: Producer = kafka.producer({ idempotent, maxInFlightRequests: idempotent ? 1 : undefined });
  await producer.connect();
  return {
    publish: async (messages) => {
      if (messages.length === 0) return;
      const byTopic = new Map<string, { key: string | null; value: string | Buffer | null; headers: Record<string, string> }[]>();
      for (const message of messages) {
        const list = byTopic.get(message.topic) ?? [];
        list.push({ key: message.key, value: message.value, headers: message.headers });
        byTopic.set(message.topic, list);
      }
      await producer.sendBatch({
        acks: -1,
        compression: CompressionTypes.None,
        topicMessages: [...byTopic].map(([topic, list]) => ({ topic, messages: list })),
      });
    },
    close: () => producer.disconnect(),
  };
}

function headersOf(raw: Record<string, unknown> | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw ?? {})) {
    if (value === undefined || value === null) continue;
    const first = Array.isArray(value) ? value[0] : value;
    headers[name] = Buffer.isBuffer(first) ? first.toString('utf8') : String(first);
  }
  return headers;
}

async function subscribe(kafka: Kafka, options: SubscribeOptions, logger: EventStoreLogger): Promise<Subscription> {
  const consumer: Consumer = kafka.consumer({ groupId: options.groupId, allowAutoTopicCreation: false });
  // Positions for the current assignment: set before any batch of that assignment is handed over.
  let assignmentReady: Promise<void> = Promise.resolve();
  let stopping = false;

  consumer.on(consumer.events.GROUP_JOIN, (event) => {
    const assigned: TopicPartition[] = Object.entries(event.payload.memberAssignment).flatMap(([topic, partitions]) =>
      partitions.map((partition) => ({ topic, partition })),
    );
    // Runs synchronously inside the join, before the first fetch of the new generation starts.
    assignmentReady = options.onAssigned(assigned).then((positions) => {
      for (const position of positions) consumer.seek(position);
    });
    assignmentReady.catch((error: Error) => logger.error({ err: error, groupId: options.groupId }, 'consumer could not resume from checkpoints'));
  });
  consumer.on(consumer.events.CRASH, (event) => {
    if (!event.payload.restart) options.onCrash?.(event.payload.error);
  });

  await consumer.connect();
  await consumer.subscribe({ topics: [...options.topics], fromBeginning: true });
  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: false,
    partitionsConsumedConcurrently: 1,
    eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
      // If the checkpoints cannot be read, throwing makes kafkajs retry the batch (and rejoin).
      await assignmentReady;
      let sought = false;
      const incoming: IncomingBatch = {
        topic: batch.topic,
        partition: batch.partition,
        highWatermark: batch.highWatermark,
        messages: batch.messages.map((message) => ({
          topic: batch.topic,
          partition: batch.partition,
          offset: message.offset,
          key: message.key ? message.key.toString('utf8') : null,
          value: message.value,
          headers: headersOf(message.headers as Record<string, unknown>),
          timestamp: message.timestamp,
        })),
      };
      await options.eachBatch(incoming, {
        isActive: () => !stopping && isRunning() && !isStale(),
        heartbeat,
        seek: (position: PartitionOffset) => {
          sought = true;
          consumer.seek(position);
        },
      });
      if (!sought && batch.messages.length > 0) {
        resolveOffset(batch.messages[batch.messages.length - 1].offset);
      }
    },
  });

  return {
    stop: async () => {
      stopping = true;
      await consumer.disconnect();
    },
    seek: (position) => {
      if (!stopping) consumer.seek(position);
    },
    commitHint: async (positions) => {
      if (positions.length === 0 || stopping) return;
      await consumer.commitOffsets(positions.map(({ topic, partition, offset }) => ({ topic, partition, offset })));
    },
  };
}
