import type { Kafka, KafkaMessage } from 'kafkajs';
import { uniqueName, waitFor } from '@product-ledger/testing';

export interface CollectedMessage {
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  readonly value: string | null;
  readonly headers: Record<string, string>;
}

function headersOf(message: KafkaMessage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(Array.isArray(value) ? value[0] : value)]),
  );
}

/** Reads a topic from the beginning with a throwaway group until `until(messages)` holds. */
export async function collectTopic(
  kafka: Kafka,
  topic: string,
  until: (messages: CollectedMessage[]) => boolean,
  timeoutMs = 45_000,
): Promise<CollectedMessage[]> {
  const consumer = kafka.consumer({ groupId: uniqueName('collector') });
  const messages: CollectedMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        messages.push({
          partition,
          offset: message.offset,
          key: message.key?.toString() ?? null,
          value: message.value?.toString() ?? null,
          headers: headersOf(message),
        });
      },
    });
    await waitFor(() => until(messages), { timeoutMs, description: `messages on ${topic}` });
    return messages;
  } finally {
    await consumer.disconnect();
  }
}

export async function deleteTopics(kafka: Kafka, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const present = topics.filter((topic) => existing.has(topic));
    if (present.length > 0) await admin.deleteTopics({ topics: present });
  } catch {
    // best effort: a leftover topic with a unique name harms no other test
  } finally {
    await admin.disconnect();
  }
}

export interface TestEvent {
  readonly streamId: string;
  readonly streamVersion: number;
  readonly type: string;
  readonly data: unknown;
  readonly schemaVersion?: number;
}

/** Produces events the way the relay does (CloudEvents binary headers, key = stream id). */
export async function produceEvents(kafka: Kafka, topic: string, events: readonly TestEvent[]): Promise<string[]> {
  const { randomUUID } = await import('node:crypto');
  const { encodeCloudEvent } = await import('../kafka/cloud-events');
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    const messages = events.map((event) =>
      encodeCloudEvent(
        {
          streamId: event.streamId,
          streamVersion: event.streamVersion,
          globalPosition: '0',
          transactionId: '0',
          eventId: randomUUID(),
          type: event.type,
          schemaVersion: event.schemaVersion ?? 1,
          data: event.data,
          metadata: {},
          recordedAt: new Date(),
        },
        topic,
        '/test',
      ),
    );
    await producer.send({ topic, acks: -1, messages: messages.map(({ key, value, headers }) => ({ key, value, headers })) });
    return messages.map((message) => message.headers.ce_id);
  } finally {
    await producer.disconnect();
  }
}
