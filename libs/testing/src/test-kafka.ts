import { Kafka, logLevel } from 'kafkajs';

/** Brokers that the global test setup made sure are answering. */
export function testKafkaBrokers(): string[] {
  return (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
}

export function testKafka(clientId = 'product-ledger-test'): Kafka {
  return new Kafka({ clientId, brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING });
}

/** Creates topics and returns a function that deletes them again. */
export async function createTestTopics(kafka: Kafka, topics: string[], numPartitions = 1): Promise<() => Promise<void>> {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    topics: topics.map((topic) => ({ topic, numPartitions, replicationFactor: 1 })),
    waitForLeaders: true,
  });
  return async () => {
    await admin.deleteTopics({ topics }).catch(() => undefined);
    await admin.disconnect();
  };
}
