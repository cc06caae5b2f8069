import { encodeCloudEvent } from '@product-ledger/event-store';
import { randomUUID } from 'node:crypto';
import { CompressionTypes, type Kafka } from 'kafkajs';
import { benchEvents } from './sample-events';

/** Topics and consumer groups the run creates, so it can delete them at the end. */
export class BenchTopics {
  private readonly topics = new Set<string>();
  private readonly groups = new Set<string>();

  constructor(private readonly kafka: Kafka) {}

  async create(topic: string, partitions: number): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await admin.createTopics({
        waitForLeaders: true,
        topics: [
          { topic, numPartitions: partitions, configEntries: [{ name: 'retention.ms', value: '-1' }] },
        ],
      });
      this.topics.add(topic);
    } finally {
      await admin.disconnect();
    }
  }

  /** Records a topic someone else creates (e.g. a consumer's dead-letter topic). */
  track(topic: string): void {
    this.topics.add(topic);
  }

  trackGroup(groupId: string): void {
    this.groups.add(groupId);
  }

  /** Messages on the topic (sum of end offsets: nothing is ever deleted from these topics). */
  async count(topic: string): Promise<number> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(topic);
      return offsets.reduce((sum, partition) => sum + Number(partition.high), 0);
    } finally {
      await admin.disconnect();
    }
  }

  /** Best effort: a leftover has a unique name and harms nobody. */
  async deleteAll(): Promise<void> {
    const admin = this.kafka.admin();
    try {
      await admin.connect();
      const existing = new Set(await admin.listTopics());
      const topics = [...this.topics].filter((topic) => existing.has(topic));
      if (topics.length > 0) await admin.deleteTopics({ topics });
      if (this.groups.size > 0) await admin.deleteGroups([...this.groups]).catch(() => undefined);
    } catch {
      // see above
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }
}

/**
 * Fills a topic with `events` CloudEvents messages like the relay's (key = stream id), spread over `streams`
 * streams in order of their versions, for the consumers to read.
 */
export async function produceBenchMessages(
  kafka: Kafka,
  topic: string,
  events: number,
  streams: number,
): Promise<void> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    const perStream = Math.ceil(events / streams);
    let sent = 0;
    for (let version = 0; version < perStream && sent < events; version++) {
      const messages = [];
      for (let stream = 0; stream < streams && sent + messages.length < events; stream++) {
        const streamId = `bench-product-${stream}`;
        const [event] = benchEvents(streamId, version, 1);
        const stored = {
          ...event,
          streamId,
          streamVersion: version + 1,
          globalPosition: '0',
          transactionId: '0',
          eventId: randomUUID(),
          schemaVersion: 1,
          metadata: {},
          recordedAt: new Date(),
        };
        const { key, value, headers } = encodeCloudEvent(stored, topic, '/product-ledger/bench');
        messages.push({ key, value, headers });
      }
      await producer.send({ topic, acks: -1, compression: CompressionTypes.None, messages });
      sent += messages.length;
    }
  } finally {
    await producer.disconnect();
  }
}
