import type { NestExpressApplication } from '@nestjs/platform-express';
import { Topics } from '@product-ledger/contracts';
import { encodeCloudEvent } from '@product-ledger/event-store';
import type { Role } from '@product-ledger/service-kit';
import { waitFor, type HttpCall, type TestDatabase } from '@product-ledger/testing';
import { startTestService } from '@product-ledger/testing/service';
import { randomUUID } from 'node:crypto';
import { requestsConfigSchema, type RequestsConfig } from '../src/config';
import { RequestsModule } from '../src/requests.module';

export interface RequestsTestApp {
  readonly baseUrl: string;
  readonly call: HttpCall;
  readonly db: TestDatabase;
  readonly config: RequestsConfig;
  readonly app: NestExpressApplication;
  /** Bearer header for a token with these roles (subject `tester-<roles>` unless given). */
  auth(roles: Role[], subject?: string): Promise<Record<string, string>>;
  /** Number of events in the service's store (the fuzz checks it stays put). */
  eventCount(): Promise<number>;
  /** Publishes an event of another context as its service would: CloudEvents headers, key = stream id. */
  publish(
    topic: string,
    type: string,
    data: Record<string, unknown>,
    key: string,
    eventId?: string,
  ): Promise<string>;
  /** Registers a product in the local read model the way the catalogue does, and waits until it is known. */
  registerProduct(productId?: string): Promise<string>;
  /** Waits until a consumer group has applied everything on its topic so far. */
  waitForConsumer(consumer: 'catalogue-products' | 'product-withdrawals' | 'request-list'): Promise<void>;
  stop(): Promise<void>;
}

/** The owner of every product `registerProduct` registers: the product manager of these tests. */
export const productOwner = 'pat.pm';

/**
 * The requests service as it runs in production (real Postgres, real Kafka), on a throwaway database,
 * its own topics and consumer groups, listening on a free port. `env` overrides any variable.
 */
export async function startRequests(env: Record<string, string> = {}): Promise<RequestsTestApp> {
  const service = await startTestService({
    serviceName: 'requests',
    module: (config) => RequestsModule.forRoot(config),
    configSchema: requestsConfigSchema,
    env: (suffix) => ({
      REQUESTS_TOPIC: `${Topics.requests}.${suffix}`,
      CATALOGUE_PRODUCT_TOPIC: `${Topics.catalogueProduct}.${suffix}`,
      CATALOGUE_PRODUCT_LINE_TOPIC: `${Topics.catalogueProductLine}.${suffix}`,
      LIFECYCLE_TOPIC: `${Topics.lifecycle}.${suffix}`,
      RELAY_PARTITIONS: '2',
      ...env,
    }),
    topics: (config) => ({
      [config.REQUESTS_TOPIC]: 2,
      [config.CATALOGUE_PRODUCT_TOPIC]: 2,
      [config.CATALOGUE_PRODUCT_LINE_TOPIC]: 1,
      [config.LIFECYCLE_TOPIC]: 2,
    }),
  });
  const { db, config, kafka } = service;
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  try {
    await producer.connect();
  } catch (error) {
    await service.stop().catch(() => undefined);
    throw error;
  }

  const consumerTopics = {
    'catalogue-products': config.CATALOGUE_PRODUCT_TOPIC,
    'product-withdrawals': config.LIFECYCLE_TOPIC,
    'request-list': config.REQUESTS_TOPIC,
  } as const;

  const testApp: RequestsTestApp = {
    baseUrl: service.baseUrl,
    call: service.call,
    db,
    config,
    app: service.app,
    auth: (roles, subject) => service.auth(roles, subject),
    async eventCount() {
      const result = await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM events');
      return Number(result.rows[0]!.n);
    },
    async publish(topic, type, data, key, eventId = randomUUID()) {
      const message = encodeCloudEvent(
        {
          streamId: key,
          streamVersion: 1,
          globalPosition: '0',
          transactionId: '0',
          eventId,
          type,
          schemaVersion: 1,
          data,
          metadata: {},
          recordedAt: new Date(),
        },
        topic,
        'product-ledger/requests-test',
      );
      await producer.send({
        topic,
        acks: -1,
        messages: [{ key: message.key, value: message.value, headers: message.headers }],
      });
      return eventId;
    },
    async registerProduct(productId = randomUUID()) {
      await testApp.publish(
        config.CATALOGUE_PRODUCT_TOPIC,
        'ProductRegistered',
        {
          productId,
          code: `P-${productId.slice(0, 8).toUpperCase()}`,
          name: 'Nimbus CRM',
          description: '',
          productLineId: randomUUID(),
          kind: 'software',
          market: 'b2b',
          ownerId: productOwner,
        },
        productId,
      );
      await waitFor(
        async () =>
          (await db.pool.query('SELECT 1 FROM known_products WHERE product_id = $1', [productId]))
            .rowCount === 1,
        { description: `product ${productId} in the local read model` },
      );
      // And its stewards (the ownership rule reads them from a projection of their own).
      await waitFor(
        async () =>
          (await db.pool.query('SELECT 1 FROM product_stewards WHERE product_id = $1', [productId]))
            .rowCount === 1,
        { description: `the stewards of product ${productId}` },
      );
      return productId;
    },
    async waitForConsumer(consumer) {
      const topic = consumerTopics[consumer];
      const admin = kafka.admin();
      await admin.connect();
      const ends = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
      const lastOffsets = ends
        .filter((p) => BigInt(p.high) > 0n)
        .map((p) => [p.partition, BigInt(p.high) - 1n] as const);
      await waitFor(
        async () => {
          const { rows } = await db.pool.query<{ partition: number; offset: string }>(
            `SELECT partition, "offset"::text AS offset FROM consumer_checkpoints WHERE group_id = $1 AND topic = $2`,
            [`${config.KAFKA_GROUP_PREFIX}.${consumer}`, topic],
          );
          return lastOffsets.every(([partition, last]) =>
            rows.some((row) => row.partition === partition && BigInt(row.offset) >= last),
          );
        },
        { description: `${consumer} to apply everything on ${topic}` },
      );
    },
    async stop() {
      await producer.disconnect().catch(() => undefined);
      await service.stop();
    },
  };
  return testApp;
}
