import type { NestExpressApplication } from '@nestjs/platform-express';
import { Topics } from '@product-ledger/contracts';
import { encodeCloudEvent } from '@product-ledger/event-store';
import { createServiceApp, parseConfig, signDevToken, type Role } from '@product-ledger/service-kit';
import {
  createTestDatabase,
  createTestTopics,
  testKafka,
  testKafkaBrokers,
  uniqueName,
  type TestDatabase,
} from '@product-ledger/testing';
import type { Kafka, Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { lifecycleConfigSchema, type LifecycleConfig } from '../src/config';
import { LifecycleModule } from '../src/lifecycle.module';

export interface LifecycleTestApp {
  readonly baseUrl: string;
  readonly db: TestDatabase;
  readonly config: LifecycleConfig;
  readonly app: NestExpressApplication;
  /** Bearer header for a token with these roles (subject `tester-<roles>`). */
  auth(...roles: Role[]): Promise<Record<string, string>>;
  /** Publishes a catalogue event the way the catalogue's relay does (CloudEvents binary, key = product id). */
  publishCatalogueEvent(
    type: string,
    data: { productId: string } & Record<string, unknown>,
    eventId?: string,
  ): Promise<string>;
  /** Number of events in the service's store (the fuzz checks it stays put). */
  eventCount(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The lifecycle service as it runs in production (real Postgres, real Kafka), on a throwaway database,
 * topics and consumer groups of its own, listening on a free port. The catalogue topic has one partition,
 * so events published to it are consumed in the order they were published.
 */
export async function startLifecycle(): Promise<LifecycleTestApp> {
  const db = await createTestDatabase('lifecycle');
  const suffix = uniqueName('t');
  const config = parseConfig(lifecycleConfigSchema, {
    NODE_ENV: 'test',
    PORT: '3002',
    DATABASE_URL: db.url,
    KAFKA_BROKERS: testKafkaBrokers().join(','),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    KAFKA_GROUP_PREFIX: `lifecycle-${suffix}`,
    LIFECYCLE_TOPIC: `${Topics.lifecycle}.${suffix}`,
    CATALOGUE_PRODUCT_TOPIC: `${Topics.catalogueProduct}.${suffix}`,
    RELAY_PARTITIONS: '2',
  });
  const kafka = testKafka('lifecycle-test-setup');
  const deleteCatalogueTopic = await createTestTopics(kafka, [config.CATALOGUE_PRODUCT_TOPIC], 1);
  const deleteLifecycleTopic = await createTestTopics(kafka, [config.LIFECYCLE_TOPIC], 2);
  const producer: Producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const app = await createServiceApp({
    serviceName: 'lifecycle',
    module: LifecycleModule.forRoot(config),
    config,
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db,
    config,
    app,
    async auth(...roles) {
      const token = await signDevToken({
        sub: `tester-${roles.join('-') || 'none'}`,
        roles,
        expiresIn: '1h',
      });
      return { authorization: `Bearer ${token}` };
    },
    async publishCatalogueEvent(type, data, eventId = randomUUID()) {
      const message = encodeCloudEvent(
        {
          streamId: data.productId,
          streamVersion: 1,
          globalPosition: '1',
          transactionId: '1',
          eventId,
          type,
          schemaVersion: 1,
          data,
          metadata: {},
          recordedAt: new Date(),
        },
        config.CATALOGUE_PRODUCT_TOPIC,
        'product-ledger/catalogue',
      );
      await producer.send({
        topic: message.topic,
        acks: -1,
        messages: [{ key: message.key, value: message.value, headers: message.headers }],
      });
      return eventId;
    },
    async eventCount() {
      const result = await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM events');
      return Number(result.rows[0]!.n);
    },
    async stop() {
      await app.close();
      await producer.disconnect();
      await deleteCatalogueTopic();
      await deleteLifecycleTopic();
      await deleteDeadLetterTopics(kafka, config.KAFKA_GROUP_PREFIX);
      await db.drop();
    },
  };
}

/** The consumers created `<group>.dlq` topics at start; a test leaves nothing behind on the shared broker. */
async function deleteDeadLetterTopics(kafka: Kafka, groupPrefix: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter(
      (topic) => topic.startsWith(`${groupPrefix}.`) && topic.endsWith('.dlq'),
    );
    if (topics.length > 0) await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}

/** A ProductRegistered payload as the catalogue publishes it. */
export function productRegistered(productId = randomUUID(), initialStage?: string) {
  return {
    productId,
    code: `P${productId.slice(0, 8).toUpperCase()}`,
    name: `Product ${productId.slice(0, 8)}`,
    description: 'made by a test',
    productLineId: randomUUID(),
    kind: 'software',
    market: 'b2b',
    ownerId: 'alice',
    ...(initialStage === undefined ? {} : { initialStage }),
  };
}
