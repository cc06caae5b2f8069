import fs from 'node:fs';
import { Topics } from '@product-ledger/contracts';
import {
  createTestDatabase,
  createTestTopics,
  testKafka,
  testKafkaBrokers,
  uniqueName,
  type TestDatabase,
} from '@product-ledger/testing';
import { buildPlatform } from './build-platform';
import { startService, type RunningService } from './running-service';

export type ServiceName = 'catalogue' | 'lifecycle' | 'requests' | 'analytics';

export interface RunningPlatform {
  readonly services: Record<ServiceName, RunningService>;
  readonly databases: Record<ServiceName, TestDatabase>;
  /** Stops the services (SIGTERM), drops their databases and topics; resolves to their exit codes. */
  stop(): Promise<(number | null)[]>;
}

/**
 * Builds the platform and starts the named services as real processes, each on a database of its own and
 * all on topics and consumer groups of this run, in development auth mode. `env` adds to every service's
 * environment.
 */
export async function startPlatform(
  names: readonly ServiceName[],
  env: Record<string, string> = {},
): Promise<RunningPlatform> {
  const run = uniqueName('run');
  const kafka = testKafka(`e2e-${run}`);
  const topics = {
    CATALOGUE_PRODUCT_TOPIC: `${Topics.catalogueProduct}.${run}`,
    CATALOGUE_PRODUCT_LINE_TOPIC: `${Topics.catalogueProductLine}.${run}`,
    LIFECYCLE_TOPIC: `${Topics.lifecycle}.${run}`,
    REQUESTS_TOPIC: `${Topics.requests}.${run}`,
    METRICS_INGEST_TOPIC: `${Topics.analyticsMetricsIngest}.${run}`,
  };
  const distDir = buildPlatform();
  const deleteTopics = await createTestTopics(kafka, Object.values(topics), 2);
  const databases = Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await createTestDatabase(`e2e_${name}`)] as const)),
  ) as Record<ServiceName, TestDatabase>;
  const shared = { ...topics, KAFKA_BROKERS: testKafkaBrokers().join(','), AUTH_MODE: 'development', ...env };
  const started = await Promise.allSettled(
    names.map((name) =>
      startService(distDir, name, {
        ...shared,
        DATABASE_URL: databases[name].url,
        KAFKA_GROUP_PREFIX: `${name}.${run}`,
      }),
    ),
  );
  const services = Object.fromEntries(
    started.flatMap((result) => (result.status === 'fulfilled' ? [[result.value.name, result.value]] : [])),
  ) as Record<ServiceName, RunningService>;

  async function stop(): Promise<(number | null)[]> {
    const codes = await Promise.all(Object.values(services).map((service) => service.stop()));
    await Promise.all(Object.values(databases).map((db) => db.drop()));
    const admin = kafka.admin();
    await admin.connect();
    const leftover = (await admin.listTopics()).filter(
      (topic) => topic.includes(run) && topic.endsWith('.dlq'),
    );
    if (leftover.length > 0) await admin.deleteTopics({ topics: leftover }).catch(() => undefined);
    await admin.disconnect();
    await deleteTopics();
    fs.rmSync(distDir, { recursive: true, force: true });
    return codes;
  }

  const failed = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) {
    await stop().catch(() => undefined);
    throw failed.reason;
  }
  return { services, databases, stop };
}
