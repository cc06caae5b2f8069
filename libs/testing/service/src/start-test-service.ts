import type { DynamicModule, Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  createServiceApp,
  parseConfig,
  signDevToken,
  type Role,
  type ServiceConfig,
} from '@product-ledger/service-kit';
import type { Kafka } from 'kafkajs';
import type { AddressInfo } from 'node:net';
import type { z } from 'zod';
import {
  createTestDatabase,
  createTestTopics,
  httpClient,
  testKafka,
  testKafkaBrokers,
  uniqueName,
  type HttpCall,
  type TestDatabase,
} from '@product-ledger/testing';

/** What the helper needs of a service's config: the kit's variables and the prefix of its consumer groups. */
export type TestServiceConfig = ServiceConfig & { readonly KAFKA_GROUP_PREFIX: string };

export interface TestServiceOptions<Config extends TestServiceConfig> {
  /** Names the database, the consumer-group prefix (`<name>-<suffix>`) and the Kafka client. */
  readonly serviceName: string;
  /** The service's root module for a config, e.g. `(config) => CatalogueModule.forRoot(config)`. */
  readonly module: (config: Config) => Type<unknown> | DynamicModule;
  readonly configSchema: z.ZodType<Config>;
  /**
   * The service's own variables for this run (topic names made unique with `suffix`); they override the
   * common ones (NODE_ENV, AUTH_MODE, PORT, DATABASE_URL, KAFKA_BROKERS, LOG_LEVEL, KAFKA_GROUP_PREFIX).
   */
  readonly env?: (suffix: string) => Record<string, string>;
  /** Topics to create before the service starts (and delete at stop), each with its partition count. */
  readonly topics: (config: Config) => Record<string, number>;
}

export interface TestService<Config extends TestServiceConfig> {
  readonly baseUrl: string;
  readonly call: HttpCall;
  readonly db: TestDatabase;
  readonly config: Config;
  readonly app: NestExpressApplication;
  /** A client of the test broker, for producers and admin work of the test itself. */
  readonly kafka: Kafka;
  /** Unique to this run; the topic names and the consumer-group prefix end with it. */
  readonly suffix: string;
  /** Bearer header for a token with these roles (subject `tester-<roles>` unless given). */
  auth(roles: readonly Role[], subject?: string): Promise<Record<string, string>>;
  /** Closes the app, deletes the run's topics, dead-letter topics and consumer groups, drops the database. */
  stop(): Promise<void>;
}

type Cleanup = () => Promise<void>;

/**
 * A service as it runs in production (real Postgres, real Kafka) on a throwaway database, with topics
 * and consumer groups of its own for this run, listening on a free port. When the start fails half way,
 * what was already made is removed again before the error is thrown.
 */
export async function startTestService<Config extends TestServiceConfig>(
  options: TestServiceOptions<Config>,
): Promise<TestService<Config>> {
  const cleanups: Cleanup[] = [];
  const stop = () => runCleanups(cleanups);
  try {
    const db = await createTestDatabase(options.serviceName);
    cleanups.push(() => db.drop());
    const suffix = uniqueName('t');
    const config = parseConfig(options.configSchema, {
      NODE_ENV: 'test',
      // Tests sign their tokens with the built-in development secret (`auth()` below).
      AUTH_MODE: 'development',
      PORT: '1', // required by the schema; the app listens on a free port instead
      DATABASE_URL: db.url,
      KAFKA_BROKERS: testKafkaBrokers().join(','),
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      KAFKA_GROUP_PREFIX: `${options.serviceName}-${suffix}`,
      ...options.env?.(suffix),
    });
    const kafka = testKafka(`${options.serviceName}-test`);
    // The consumers create `<group>.dlq` topics as they start; they go, with the groups, after the app.
    cleanups.push(() => deleteConsumerGroupsAndDeadLetterTopics(kafka, config.KAFKA_GROUP_PREFIX));
    for (const [partitions, topics] of topicsByPartitions(options.topics(config))) {
      cleanups.push(await createTestTopics(kafka, topics, partitions));
    }
    const app = await createServiceApp({
      serviceName: options.serviceName,
      module: options.module(config),
      config,
    });
    cleanups.push(() => app.close());
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;
    return {
      baseUrl,
      call: httpClient(baseUrl),
      db,
      config,
      app,
      kafka,
      suffix,
      async auth(roles, subject) {
        const token = await signDevToken({
          sub: subject ?? `tester-${roles.join('-') || 'none'}`,
          roles: [...roles],
          expiresIn: '1h',
        });
        return { authorization: `Bearer ${token}` };
      },
      stop,
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

function topicsByPartitions(topics: Record<string, number>): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const [topic, partitions] of Object.entries(topics)) {
    groups.set(partitions, [...(groups.get(partitions) ?? []), topic]);
  }
  return groups;
}

/** Last made, first removed; every step runs even when one fails, and the first failure is thrown. */
async function runCleanups(cleanups: Cleanup[]): Promise<void> {
  let firstError: unknown;
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop()!;
    try {
      await cleanup();
    } catch (error) {
      firstError ??= error;
    }
  }
  if (firstError !== undefined) throw firstError;
}

/** Leaves nothing of the run's consumers on the shared broker: their `<prefix>.*.dlq` topics and groups. */
async function deleteConsumerGroupsAndDeadLetterTopics(kafka: Kafka, groupPrefix: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ours = (name: string) => name.startsWith(`${groupPrefix}.`);
    const deadLetterTopics = (await admin.listTopics()).filter(
      (topic) => ours(topic) && topic.endsWith('.dlq'),
    );
    if (deadLetterTopics.length > 0) await admin.deleteTopics({ topics: deadLetterTopics });
    const groups = (await admin.listGroups()).groups.map((group) => group.groupId).filter(ours);
    // A group whose members are still leaving cannot be deleted yet; the broker expires it later.
    if (groups.length > 0) await admin.deleteGroups(groups).catch(() => undefined);
  } finally {
    await admin.disconnect();
  }
}
