import type { NestExpressApplication } from '@nestjs/platform-express';
import { Topics } from '@product-ledger/contracts';
import { createServiceApp, parseConfig, signDevToken, type Role } from '@product-ledger/service-kit';
import {
  createTestDatabase,
  createTestTopics,
  testKafka,
  testKafkaBrokers,
  uniqueName,
  type TestDatabase,
} from '@product-ledger/testing';
import type { Kafka } from 'kafkajs';
import type { AddressInfo } from 'node:net';
import { CatalogueModule } from '../src/catalogue.module';
import { catalogueConfigSchema, type CatalogueConfig } from '../src/config';

async function deleteTopicsNamed(kafka: Kafka, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const mine = topics.filter((topic) => existing.has(topic));
    if (mine.length > 0) await admin.deleteTopics({ topics: mine });
  } finally {
    await admin.disconnect();
  }
}

export interface CatalogueTestApp {
  readonly baseUrl: string;
  readonly db: TestDatabase;
  readonly config: CatalogueConfig;
  readonly app: NestExpressApplication;
  /** Bearer header for a token with these roles. */
  auth(...roles: Role[]): Promise<Record<string, string>>;
  /** Number of events in the service's store (the fuzz checks it stays put). */
  eventCount(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The catalogue as it runs in production (real Postgres, real Kafka), on a throwaway database, its own
 * topics and consumer groups, listening on a free port.
 */
export async function startCatalogue(): Promise<CatalogueTestApp> {
  const db = await createTestDatabase('catalogue');
  const suffix = uniqueName('t');
  const config = parseConfig(catalogueConfigSchema, {
    NODE_ENV: 'test',
    PORT: '3001',
    DATABASE_URL: db.url,
    KAFKA_BROKERS: testKafkaBrokers().join(','),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    KAFKA_GROUP_PREFIX: `catalogue-${suffix}`,
    CATALOGUE_PRODUCT_TOPIC: `${Topics.catalogueProduct}.${suffix}`,
    CATALOGUE_PRODUCT_LINE_TOPIC: `${Topics.catalogueProductLine}.${suffix}`,
    LIFECYCLE_TOPIC: `${Topics.lifecycle}.${suffix}`,
    RELAY_PARTITIONS: '2',
  });
  const kafka = testKafka('catalogue-test-setup');
  const deleteTopics = await createTestTopics(
    kafka,
    [config.CATALOGUE_PRODUCT_TOPIC, config.CATALOGUE_PRODUCT_LINE_TOPIC, config.LIFECYCLE_TOPIC],
    2,
  );
  // The consumer runner creates a dead-letter topic per group; they go with the test's other topics.
  const deadLetterTopics = ['read-model', 'retire-on-withdrawal'].map(
    (name) => `${config.KAFKA_GROUP_PREFIX}.${name}.dlq`,
  );
  const app = await createServiceApp({
    serviceName: 'catalogue',
    module: CatalogueModule.forRoot(config),
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
    async eventCount() {
      const result = await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM events');
      return Number(result.rows[0]!.n);
    },
    async stop() {
      await app.close();
      await deleteTopics();
      await deleteTopicsNamed(kafka, deadLetterTopics);
      await db.drop();
    },
  };
}
