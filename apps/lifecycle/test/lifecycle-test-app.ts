import type { NestExpressApplication } from '@nestjs/platform-express';
import { Topics } from '@product-ledger/contracts';
import { encodeCloudEvent } from '@product-ledger/event-store';
import type { Role } from '@product-ledger/service-kit';
import { waitFor, type TestDatabase } from '@product-ledger/testing';
import { startTestService } from '@product-ledger/testing/service';
import { randomUUID } from 'node:crypto';
import { lifecycleConfigSchema, type LifecycleConfig } from '../src/config';
import { LifecycleModule } from '../src/lifecycle.module';

export interface LifecycleTestApp {
  readonly baseUrl: string;
  readonly db: TestDatabase;
  readonly config: LifecycleConfig;
  readonly app: NestExpressApplication;
  /** Bearer header for a token with these roles (subject `tester-<roles>`). */
  auth(...roles: Role[]): Promise<Record<string, string>>;
  /** Bearer header for a token of this subject with these roles. */
  authAs(subject: string, ...roles: Role[]): Promise<Record<string, string>>;
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
  const service = await startTestService({
    serviceName: 'lifecycle',
    module: (config) => LifecycleModule.forRoot(config),
    configSchema: lifecycleConfigSchema,
    env: (suffix) => ({
      LIFECYCLE_TOPIC: `${Topics.lifecycle}.${suffix}`,
      CATALOGUE_PRODUCT_TOPIC: `${Topics.catalogueProduct}.${suffix}`,
      CATALOGUE_PRODUCT_LINE_TOPIC: `${Topics.catalogueProductLine}.${suffix}`,
      RELAY_PARTITIONS: '2',
    }),
    topics: (config) => ({
      [config.CATALOGUE_PRODUCT_TOPIC]: 1,
      [config.CATALOGUE_PRODUCT_LINE_TOPIC]: 1,
      [config.LIFECYCLE_TOPIC]: 2,
    }),
  });
  const { db, config } = service;
  const producer = service.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  try {
    await producer.connect();
  } catch (error) {
    await service.stop().catch(() => undefined);
    throw error;
  }
  return {
    baseUrl: service.baseUrl,
    db,
    config,
    app: service.app,
    // A product manager here owns the products the tests publish (`productRegistered` names alice), so the
    // ownership rule lets them through; other roles keep a subject of their own.
    auth: (...roles) => service.auth(roles, roles.includes('product_manager') ? productOwner : undefined),
    authAs: (subject, ...roles) => service.auth(roles, subject),
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
      // The ownership rule reads the product's stewards from their own projection: a registration counts
      // as published once it is there, so a test's first write as the owner is never refused for a lag.
      if (type === 'ProductRegistered')
        await waitFor(
          async () =>
            ((await db.pool.query('SELECT 1 FROM product_stewards WHERE product_id = $1', [data.productId]))
              .rowCount ?? 0) > 0,
          { timeoutMs: 60_000, description: `the stewards of ${data.productId}` },
        );
      return eventId;
    },
    async eventCount() {
      const result = await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM events');
      return Number(result.rows[0]!.n);
    },
    async stop() {
      await producer.disconnect().catch(() => undefined);
      await service.stop();
    },
  };
}

/** The owner of every product `productRegistered` makes. */
export const productOwner = 'alice';

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
    ownerId: productOwner,
    ...(initialStage === undefined ? {} : { initialStage }),
  };
}
