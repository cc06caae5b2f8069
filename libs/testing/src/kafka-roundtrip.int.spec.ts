import type { Consumer, Producer } from 'kafkajs';
import { createTestTopics, testKafka } from './test-kafka';
import { uniqueName } from './unique-name';
import { waitFor } from './wait-for';

describe('the real Kafka broker', () => {
  const kafka = testKafka('roundtrip-test');
  const topic = uniqueName('roundtrip');
  let deleteTopics: () => Promise<void>;
  let producer: Producer;
  let consumer: Consumer;

  beforeAll(async () => {
    deleteTopics = await createTestTopics(kafka, [topic], 2);
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    consumer = kafka.consumer({ groupId: uniqueName('roundtrip-group') });
    await Promise.all([producer.connect(), consumer.connect()]);
  });

  afterAll(async () => {
    await Promise.all([producer.disconnect(), consumer.disconnect()]);
    await deleteTopics();
  });

  it('delivers produced messages to a consumer group, in order per key, with headers', async () => {
    const received: { key: string; value: string; header: string }[] = [];
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        received.push({
          key: message.key!.toString(),
          value: message.value!.toString(),
          header: message.headers!['ce_type']!.toString(),
        });
      },
    });
    const messages = Array.from({ length: 20 }, (_, i) => ({
      key: `stream-${i % 3}`,
      value: JSON.stringify({ n: i }),
      headers: { ce_type: 'RoundTripped' },
    }));
    await producer.send({ topic, acks: -1, messages });

    await waitFor(() => received.length >= messages.length, { description: '20 messages' });
    expect(received).toHaveLength(20);
    expect(received.every((m) => m.header === 'RoundTripped')).toBe(true);
    for (const key of ['stream-0', 'stream-1', 'stream-2']) {
      const ns = received.filter((m) => m.key === key).map((m) => JSON.parse(m.value).n);
      expect(ns).toEqual([...ns].sort((a, b) => a - b));
    }
  });
});
