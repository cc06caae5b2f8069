import { Kafka, logLevel } from 'kafkajs';
import { waitFor } from './wait-for';

/** Brokers that the global test setup made sure are answering. */
export function testKafkaBrokers(): string[] {
  return (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
}

export function testKafka(clientId = 'product-ledger-test'): Kafka {
  return new Kafka({ clientId, brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING });
}

/**
 * Creates topics, waits until every partition has a leader, and returns a function that deletes them again.
 * kafkajs' own `waitForLeaders` gives up on "This server does not host this topic-partition", which a KRaft
 * broker answers for a moment after creating a topic on a busy machine; polling the metadata rides it out.
 */
export async function createTestTopics(kafka: Kafka, topics: string[], numPartitions = 1): Promise<() => Promise<void>> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    topics: topics.map((topic) => ({ topic, numPartitions, replicationFactor: 1 })),
    waitForLeaders: false,
  });
  await waitFor(
    async () => {
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
      return metadata.every(
        (topic) =>
          topic.partitions.length === numPartitions && topic.partitions.every((partition) => partition.leader >= 0),
      );
    },
    { timeoutMs: 60_000, intervalMs: 100, description: `leaders for ${topics.join(', ')}` },
  );
  return async () => {
    await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin.disconnect();
  };
}
