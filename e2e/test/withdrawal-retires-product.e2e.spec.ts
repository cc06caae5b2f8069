import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { lifecycleIdFor } from '@product-ledger/contracts';
import { signDevToken } from '@product-ledger/service-kit';
import {
  createTestDatabase,
  createTestTopics,
  testKafka,
  testKafkaBrokers,
  uniqueName,
  waitFor,
  type TestDatabase,
} from '@product-ledger/testing';
import { buildPlatform } from './build-platform';
import { startService, type RunningService } from './running-service';

describe('a withdrawal in the lifecycle service retires the product in the catalogue', () => {
  const kafka = testKafka('e2e-withdrawal');
  const run = uniqueName('e2e');
  const topics = {
    CATALOGUE_PRODUCT_TOPIC: `catalogue.product.v1.${run}`,
    CATALOGUE_PRODUCT_LINE_TOPIC: `catalogue.product-line.v1.${run}`,
    LIFECYCLE_TOPIC: `lifecycle.lifecycle.v1.${run}`,
  };
  const dlqs = ['catalogue', 'lifecycle'].flatMap((service) =>
    ['read-model', 'retire-on-withdrawal', 'start-lifecycles'].map(
      (group) => `${service}.${run}.${group}.dlq`,
    ),
  );
  let distDir: string;
  let databases: TestDatabase[] = [];
  let deleteTopics: () => Promise<void>;
  let catalogue: RunningService;
  let lifecycle: RunningService;
  const productManager = () => signDevToken({ sub: 'pat', roles: ['product_manager'] });

  async function call(service: RunningService, method: string, path: string, body?: unknown) {
    const response = await fetch(`${service.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${await productManager()}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  beforeAll(async () => {
    distDir = buildPlatform();
    deleteTopics = await createTestTopics(kafka, Object.values(topics), 3);
    const [catalogueDb, lifecycleDb] = await Promise.all([
      createTestDatabase('e2e_cat'),
      createTestDatabase('e2e_lc'),
    ]);
    databases = [catalogueDb, lifecycleDb];
    const shared = { ...topics, KAFKA_BROKERS: testKafkaBrokers().join(',') };
    [catalogue, lifecycle] = await Promise.all([
      startService(distDir, 'catalogue', {
        ...shared,
        DATABASE_URL: catalogueDb.url,
        KAFKA_GROUP_PREFIX: `catalogue.${run}`,
      }),
      startService(distDir, 'lifecycle', {
        ...shared,
        DATABASE_URL: lifecycleDb.url,
        KAFKA_GROUP_PREFIX: `lifecycle.${run}`,
      }),
    ]);
  });

  afterAll(async () => {
    const codes = await Promise.all([catalogue?.stop(), lifecycle?.stop()]);
    await Promise.all(databases.map((db) => db.drop()));
    const admin = kafka.admin();
    await admin.connect();
    const existing = await admin.listTopics();
    await admin
      .deleteTopics({ topics: dlqs.filter((topic) => existing.includes(topic)) })
      .catch(() => undefined);
    await admin.disconnect();
    await deleteTopics();
    fs.rmSync(distDir, { recursive: true, force: true });
    // Both drained and exited cleanly on SIGTERM.
    expect(codes).toEqual([0, 0]);
  });

  it('ends with the product retired, caused by the withdrawal', async () => {
    const line = await call(catalogue, 'POST', '/product-lines', { name: `Line ${run}`, description: 'e2e' });
    expect(line).toMatchObject({ status: 201 });
    const code = `E2E-${randomUUID().slice(0, 8).toUpperCase()}`;
    const product = await call(catalogue, 'POST', '/products', {
      code,
      name: 'Ledger Classic',
      description: 'an in-life product',
      productLineId: line.body.productLineId,
      kind: 'software',
      market: 'b2b',
      ownerId: 'pat',
      initialStage: 'in_life',
    });
    expect(product).toMatchObject({ status: 201 });
    const productId: string = product.body.productId;
    const lifecycleId = lifecycleIdFor(productId);

    // The lifecycle service learns about the product only from the catalogue's event on Kafka.
    const started = await waitFor(
      async () => {
        const found = await call(lifecycle, 'GET', `/lifecycles/${lifecycleId}`);
        return found.status === 200 ? found.body : undefined;
      },
      { timeoutMs: 90_000, description: 'the lifecycle started by the catalogue event' },
    );
    expect(started.stage).toBe('in_life');
    // The lifecycle service decides who may change the product from its own copy of the stewards.
    await waitFor(
      async () =>
        ((await databases[1]!.pool.query('SELECT 1 FROM product_stewards WHERE product_id = $1', [productId]))
          .rowCount ?? 0) > 0,
      { timeoutMs: 90_000, description: "the product's stewards in the lifecycle service" },
    );

    const announced = await call(lifecycle, 'POST', `/lifecycles/${lifecycleId}/withdrawal`, {
      effectiveDate: '2027-01-31',
      reason: 'replaced by Ledger Cloud',
    });
    expect(announced.status).toBe(200);
    expect(announced.body.stage).toBe('end_of_life');
    const completed = await call(lifecycle, 'POST', `/lifecycles/${lifecycleId}/withdrawal/completion`, {});
    expect(completed.status).toBe(200);
    expect(completed.body.stage).toBe('withdrawn');

    // The catalogue hears ProductWithdrawn on Kafka and retires the product.
    const retired = await waitFor(
      async () => {
        const found = await call(catalogue, 'GET', `/products/${productId}`);
        return found.body?.status === 'retired' ? found.body : undefined;
      },
      { timeoutMs: 90_000, description: 'the product retired in the catalogue' },
    );
    expect(retired.status).toBe('retired');

    const history = await call(catalogue, 'GET', `/products/${productId}/history`);
    const retirement = (history.body.items ?? history.body).find(
      (entry: { type: string }) => entry.type === 'ProductRetired',
    );
    expect(retirement).toBeDefined();
    // A retired product refuses changes.
    const rename = await call(catalogue, 'PATCH', `/products/${productId}`, { name: 'Ledger Classic 2' });
    expect(rename.status).toBe(422);
  });
});
