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
import type { AddressInfo } from 'node:net';
import { AnalyticsModule } from '../src/analytics.module';
import {
  analyticsConfigSchema,
  analyticsTopicsOf,
  type AnalyticsConfig,
  type AnalyticsTopics,
} from '../src/config';

export interface AnalyticsTestApp {
  readonly baseUrl: string;
  readonly db: TestDatabase;
  readonly config: AnalyticsConfig;
  readonly topics: AnalyticsTopics;
  readonly app: NestExpressApplication;
  auth(...roles: Role[]): Promise<Record<string, string>>;
  stop(): Promise<void>;
}

/**
 * Analytics as it runs in production (real Postgres, real Kafka) on a throwaway database, with topics and
 * consumer groups of its own for this run, listening on a free port.
 */
export async function startAnalytics(): Promise<AnalyticsTestApp> {
  const db = await createTestDatabase('analytics');
  const suffix = uniqueName('t');
  const config = parseConfig(analyticsConfigSchema, {
    NODE_ENV: 'test',
    PORT: '3004',
    DATABASE_URL: db.url,
    KAFKA_BROKERS: testKafkaBrokers().join(','),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    KAFKA_GROUP_PREFIX: `analytics-${suffix}`,
    CATALOGUE_PRODUCT_LINE_TOPIC: `${Topics.catalogueProductLine}.${suffix}`,
    CATALOGUE_PRODUCT_TOPIC: `${Topics.catalogueProduct}.${suffix}`,
    LIFECYCLE_TOPIC: `${Topics.lifecycle}.${suffix}`,
    REQUESTS_TOPIC: `${Topics.requests}.${suffix}`,
    METRICS_INGEST_TOPIC: `${Topics.analyticsMetricsIngest}.${suffix}`,
  });
  const topics = analyticsTopicsOf(config);
  const deleteTopics = await createTestTopics(testKafka('analytics-test-setup'), Object.values(topics), 2);
  const app = await createServiceApp({
    serviceName: 'analytics',
    module: AnalyticsModule.forRoot(config),
    config,
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db,
    config,
    topics,
    app,
    async auth(...roles) {
      const token = await signDevToken({
        sub: `tester-${roles.join('-') || 'none'}`,
        roles,
        expiresIn: '1h',
      });
      return { authorization: `Bearer ${token}` };
    },
    async stop() {
      await app.close();
      const groups = [
        'portfolio',
        'lifecycle-flow',
        'request-demand',
        'business-cases',
        'metrics-ingest',
      ].map((name) => `${config.KAFKA_GROUP_PREFIX}.${name}`);
      const admin = testKafka('analytics-test-teardown').admin();
      await admin.connect();
      await admin.deleteTopics({ topics: groups.map((group) => `${group}.dlq`) }).catch(() => undefined);
      await admin.deleteGroups(groups).catch(() => undefined);
      await admin.disconnect();
      await deleteTopics();
      await db.drop();
    },
  };
}
