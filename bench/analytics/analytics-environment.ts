import { Topics } from '@product-ledger/contracts';
import { signDevToken, type Role } from '@product-ledger/service-kit';
import { uniqueName } from '@product-ledger/testing';
import { randomBytes } from 'node:crypto';
import { BenchTopics } from '../event-store/bench-topics';
import type { BenchSettings } from '../event-store/bench-settings';
import { benchKafka } from '../event-store/workloads/bench-kafka';
import { createThrowawayDatabase, type ThrowawayDatabase } from './throwaway-database';

/** The topics analytics reads (and the catalogue writes), unique to this run. */
export interface RunTopics {
  readonly catalogueProductLine: string;
  readonly catalogueProduct: string;
  readonly lifecycle: string;
  readonly requests: string;
  readonly metricsIngest: string;
}

const analyticsGroups = ['portfolio', 'lifecycle-flow', 'request-demand', 'business-cases', 'metrics-ingest'];
const catalogueGroups = ['read-model', 'retire-on-withdrawal'];

export interface AnalyticsBenchEnvironment {
  readonly settings: BenchSettings;
  readonly analyticsDb: ThrowawayDatabase;
  /** Created on first use (only the freshness measure runs the catalogue). */
  catalogueDb(): Promise<ThrowawayDatabase>;
  readonly topics: RunTopics;
  readonly kafka: ReturnType<typeof benchKafka>;
  readonly analyticsEnv: Record<string, string>;
  catalogueEnv(databaseUrl: string): Record<string, string>;
  /** A bearer header signed with this run's secret. */
  auth(...roles: Role[]): Promise<Record<string, string>>;
  /** Deletes the run's topics and consumer groups and drops its databases (best effort, all of it). */
  cleanUp(): Promise<void>;
}

const PARTITIONS = 3;

/**
 * A throwaway analytics database, the topics analytics and the catalogue share (suffixed with a run id),
 * consumer group prefixes of their own, and the services' environments: production mode with a JWT secret
 * made up for this run.
 */
export async function createAnalyticsBenchEnvironment(
  settings: BenchSettings,
): Promise<AnalyticsBenchEnvironment> {
  const kafka = benchKafka(settings.brokers, 'bench-analytics');
  const suffix = uniqueName('bench');
  const topics: RunTopics = {
    catalogueProductLine: `${Topics.catalogueProductLine}.${suffix}`,
    catalogueProduct: `${Topics.catalogueProduct}.${suffix}`,
    lifecycle: `${Topics.lifecycle}.${suffix}`,
    requests: `${Topics.requests}.${suffix}`,
    metricsIngest: `${Topics.analyticsMetricsIngest}.${suffix}`,
  };
  const analyticsPrefix = `bench-analytics-${suffix}`;
  const cataloguePrefix = `bench-catalogue-${suffix}`;
  const secret = randomBytes(32).toString('hex');
  const runTopics = new BenchTopics(kafka);
  for (const group of analyticsGroups.map((name) => `${analyticsPrefix}.${name}`)) {
    runTopics.trackGroup(group);
    runTopics.track(`${group}.dlq`);
  }
  for (const group of catalogueGroups.map((name) => `${cataloguePrefix}.${name}`)) {
    runTopics.trackGroup(group);
    runTopics.track(`${group}.dlq`);
  }

  const analyticsDb = await createThrowawayDatabase(settings.serverUrl, 'bench_analytics');
  let catalogueDb: Promise<ThrowawayDatabase> | undefined;
  const cleanUp = async () => {
    await runTopics.deleteAll();
    await analyticsDb.drop().catch(() => undefined);
    if (catalogueDb) await (await catalogueDb.catch(() => undefined))?.drop().catch(() => undefined);
  };
  try {
    for (const topic of Object.values(topics)) await runTopics.create(topic, PARTITIONS);
  } catch (error) {
    await cleanUp();
    throw error;
  }

  const common = {
    NODE_ENV: 'production',
    // Its own random secret; development mode keeps the write rate limit off while the bench drives load.
    AUTH_MODE: 'development',
    KAFKA_BROKERS: settings.brokers.join(','),
    AUTH_JWT_SECRET: secret,
    LOG_LEVEL: process.env.BENCH_SERVICE_LOG_LEVEL ?? 'error',
  };
  return {
    settings,
    analyticsDb,
    catalogueDb: () =>
      (catalogueDb ??= createThrowawayDatabase(settings.serverUrl, 'bench_analytics_catalogue')),
    topics,
    kafka,
    analyticsEnv: {
      ...common,
      PORT: '3004',
      DATABASE_URL: analyticsDb.url,
      KAFKA_GROUP_PREFIX: analyticsPrefix,
      CATALOGUE_PRODUCT_LINE_TOPIC: topics.catalogueProductLine,
      CATALOGUE_PRODUCT_TOPIC: topics.catalogueProduct,
      LIFECYCLE_TOPIC: topics.lifecycle,
      REQUESTS_TOPIC: topics.requests,
      METRICS_INGEST_TOPIC: topics.metricsIngest,
      TOPIC_PARTITIONS: String(PARTITIONS),
    },
    catalogueEnv: (databaseUrl) => ({
      ...common,
      PORT: '3001',
      DATABASE_URL: databaseUrl,
      KAFKA_GROUP_PREFIX: cataloguePrefix,
      CATALOGUE_PRODUCT_LINE_TOPIC: topics.catalogueProductLine,
      CATALOGUE_PRODUCT_TOPIC: topics.catalogueProduct,
      LIFECYCLE_TOPIC: topics.lifecycle,
      RELAY_PARTITIONS: String(PARTITIONS),
    }),
    auth: async (...roles) => ({
      authorization: `Bearer ${await signDevToken({ sub: `bench-${roles.join('-')}`, roles, expiresIn: '2h', secret })}`,
    }),
    cleanUp,
  };
}
