import { lifecycleIdFor, lifecycleStreamId } from '@product-ledger/contracts';
import { encodeCloudEvent } from '@product-ledger/event-store';
import { testKafka, uniqueName, waitFor, httpClient } from '@product-ledger/testing';
import type { Consumer, KafkaMessage } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { startCatalogue, type CatalogueTestApp } from './catalogue-test-app';

describe('catalogue and Kafka', () => {
  let catalogue: CatalogueTestApp;
  let call: ReturnType<typeof httpClient>;
  let pm: Record<string, string>;
  const kafka = testKafka('catalogue-kafka-test');
  const consumers: Consumer[] = [];

  beforeAll(async () => {
    catalogue = await startCatalogue();
    call = httpClient(catalogue.baseUrl);
    pm = await catalogue.auth('product_manager');
  });

  afterAll(async () => {
    await Promise.all(consumers.map((c) => c.disconnect()));
    await catalogue?.stop();
  });

  async function readTopic(topic: string): Promise<KafkaMessage[]> {
    const received: KafkaMessage[] = [];
    const consumer = kafka.consumer({ groupId: uniqueName('catalogue-test-reader') });
    consumers.push(consumer);
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void received.push(message) });
    return received;
  }

  /** The topic is this test's own: the policy is done when its checkpoints reach every partition's end. */
  async function waitForPolicyToReachEnd(): Promise<void> {
    const admin = kafka.admin();
    await admin.connect();
    const ends = await admin.fetchTopicOffsets(catalogue.config.LIFECYCLE_TOPIC);
    await admin.disconnect();
    const lastOffsets = ends
      .filter((p) => BigInt(p.high) > 0n)
      .map((p) => [p.partition, BigInt(p.high) - 1n] as const);
    await waitFor(
      async () => {
        const rows = await catalogue.db.pool.query<{ partition: number; offset: string }>(
          `SELECT partition, "offset"::text FROM consumer_checkpoints WHERE group_id = $1 AND topic = $2`,
          [`${catalogue.config.KAFKA_GROUP_PREFIX}.retire-on-withdrawal`, catalogue.config.LIFECYCLE_TOPIC],
        );
        return lastOffsets.every(([partition, last]) =>
          rows.rows.some((row) => row.partition === partition && BigInt(row.offset) >= last),
        );
      },
      { description: 'the policy to apply every withdrawal' },
    );
  }

  const header = (message: KafkaMessage, name: string) => message.headers?.[name]?.toString();

  async function register(code: string): Promise<{ lineId: string; productId: string }> {
    const lineId = (await call('POST', '/product-lines', { headers: pm, body: { name: 'Kafka line' } })).body
      .productLineId;
    const registered = await call('POST', '/products', {
      headers: pm,
      body: {
        code,
        name: 'On Kafka',
        productLineId: lineId,
        kind: 'software',
        market: 'b2b',
        ownerId: 'alice',
        initialStage: 'in_life',
      },
    });
    expect(registered.status).toBe(201);
    return { lineId, productId: registered.body.productId };
  }

  it('publishes product events with key = product id and CloudEvents headers, in order', async () => {
    const productMessages = await readTopic(catalogue.config.CATALOGUE_PRODUCT_TOPIC);
    const lineMessages = await readTopic(catalogue.config.CATALOGUE_PRODUCT_LINE_TOPIC);
    const { lineId, productId } = await register('KAFKA');
    await call('POST', `/products/${productId}/versions`, {
      headers: pm,
      body: { version: '2.1.0', targetDate: '2026-12-01', scope: 'Kafka scope' },
    });
    await call('POST', `/products/${productId}/versions/2.1.0/release`, {
      headers: pm,
      body: { releasedAt: '2026-12-02T09:30:00+01:00' },
    });

    const mine = await waitFor(
      () => {
        const found = productMessages.filter((m) => m.key?.toString() === productId);
        return found.length === 3 ? found : undefined;
      },
      { description: 'three product events on the topic' },
    );
    expect(mine.map((m) => header(m, 'ce_type'))).toEqual([
      'ProductRegistered',
      'VersionPlanned',
      'VersionReleased',
    ]);
    for (const message of mine) {
      expect(header(message, 'ce_specversion')).toBe('1.0');
      expect(header(message, 'ce_source')).toBe('product-ledger/catalogue');
      expect(header(message, 'ce_id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(new Date(header(message, 'ce_time')!).getTime()).not.toBeNaN();
      expect(header(message, 'content-type')).toBe('application/json');
      expect(header(message, 'ce_actor')).toBe('tester-product_manager');
    }
    expect(JSON.parse(mine[0]!.value!.toString())).toEqual({
      productId,
      code: 'KAFKA',
      name: 'On Kafka',
      description: '',
      productLineId: lineId,
      kind: 'software',
      market: 'b2b',
      ownerId: 'alice',
      initialStage: 'in_life',
    });
    expect(JSON.parse(mine[1]!.value!.toString())).toEqual({
      productId,
      version: '2.1.0',
      targetDate: '2026-12-01',
      scope: 'Kafka scope',
    });
    expect(JSON.parse(mine[2]!.value!.toString())).toEqual({
      productId,
      version: '2.1.0',
      releasedAt: '2026-12-02T08:30:00.000Z',
    });

    const line = await waitFor(() => lineMessages.find((m) => m.key?.toString() === lineId), {
      description: 'the line event on its topic',
    });
    expect(header(line, 'ce_type')).toBe('ProductLineCreated');
  });

  it("retires a product once when lifecycle's ProductWithdrawn arrives, also when it arrives again", async () => {
    const { productId } = await register('WITHDRAWN');
    const { productId: keptId } = await register('VERSION-ONLY');
    const producer = kafka.producer();
    await producer.connect();
    const withdrawal = (id: string, data: Record<string, unknown>) =>
      encodeCloudEvent(
        {
          streamId: lifecycleStreamId(
            lifecycleIdFor(data.productId as string, data.version as string | undefined),
          ),
          streamVersion: 7,
          globalPosition: '1',
          transactionId: '1',
          eventId: id,
          type: 'ProductWithdrawn',
          schemaVersion: 1,
          data: {
            lifecycleId: lifecycleIdFor(data.productId as string, data.version as string | undefined),
            effectiveDate: '2026-06-30',
            reason: 'Replaced by the cloud edition',
            withdrawnBy: 'pat',
            withdrawnAt: '2026-06-30T12:00:00.000Z',
            ...data,
          },
          metadata: { correlationId: 'withdrawal-run' },
          recordedAt: new Date(),
        },
        catalogue.config.LIFECYCLE_TOPIC,
        'product-ledger/lifecycle',
      );
    const firstId = randomUUID();
    const messages = [
      withdrawal(firstId, { productId }),
      withdrawal(firstId, { productId }), // redelivered as is
      withdrawal(randomUUID(), { productId }), // announced again under a new id
      withdrawal(randomUUID(), { productId: randomUUID() }), // a product this catalogue does not know
      withdrawal(randomUUID(), { productId: keptId, version: '1.0.0' }), // only a version: the product stays
    ];
    await producer.send({
      topic: catalogue.config.LIFECYCLE_TOPIC,
      messages: messages.map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
    });
    await producer.disconnect();
    await waitForPolicyToReachEnd();

    const retirements = await catalogue.db.pool.query(
      `SELECT stream_id, data, metadata FROM events WHERE event_type = 'ProductRetired' ORDER BY global_position`,
    );
    expect(retirements.rows).toHaveLength(1);
    expect(retirements.rows[0]).toMatchObject({
      stream_id: productId,
      data: {
        productId,
        reason: 'Replaced by the cloud edition',
        cause: 'withdrawal',
        withdrawalEventId: firstId,
      },
      metadata: {
        causationId: firstId,
        correlationId: 'withdrawal-run',
        actor: 'policy:retire-on-withdrawal',
      },
    });
    expect((await call('GET', `/products/${productId}`, { headers: pm })).body.status).toBe('retired');
    expect((await call('GET', `/products/${keptId}`, { headers: pm })).body.status).toBe('active');
  });
});
