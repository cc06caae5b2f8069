import { testKafka, uniqueName, waitFor } from '@product-ledger/testing';
import type { Consumer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { startAnalytics, type AnalyticsTestApp } from './analytics-test-app';
import { eventProducer } from './event-producer';

/** Facts from integrations over the real broker: idempotent by (source, externalId), poison to the DLQ. */
describe('Kafka ingest on analytics.metrics-ingest.v1', () => {
  let analytics: AnalyticsTestApp;
  let producer: Awaited<ReturnType<typeof eventProducer>>;
  let dlqReader: Consumer | undefined;
  const dlqReaderGroup = uniqueName('analytics-dlq-reader');

  beforeAll(async () => {
    analytics = await startAnalytics();
    producer = await eventProducer();
  });

  afterAll(async () => {
    await dlqReader?.disconnect();
    const admin = testKafka('analytics-dlq-cleanup').admin();
    await admin.connect();
    await admin.deleteGroups([dlqReaderGroup]).catch(() => undefined);
    await admin.disconnect();
    await producer?.stop();
    await analytics?.stop();
  });

  /** Reads the dead-letter topic from its start until `enough` says so (one reader for the whole file). */
  const deadLetters: { key: string | undefined; headers: Record<string, string> }[] = [];
  const readDeadLetters = async (enough: (letters: typeof deadLetters) => boolean) => {
    if (!dlqReader) {
      dlqReader = testKafka('analytics-dlq-reader').consumer({ groupId: dlqReaderGroup });
      await dlqReader.connect();
      await dlqReader.subscribe({
        topic: `${analytics.config.KAFKA_GROUP_PREFIX}.metrics-ingest.dlq`,
        fromBeginning: true,
      });
      await dlqReader.run({
        eachMessage: async ({ message }) => {
          deadLetters.push({
            key: message.key?.toString(),
            headers: Object.fromEntries(
              Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]),
            ),
          });
        },
      });
    }
    await waitFor(() => enough(deadLetters), { description: 'the dead letters' });
    return [...deadLetters];
  };

  const fact = (productId: string, externalId: string, value: number) => ({
    type: 'MetricFactReported',
    streamId: `billing:${externalId}`,
    at: new Date().toISOString(),
    data: {
      productId,
      metric: 'revenue',
      period: '2026-04',
      value,
      unit: 'EUR',
      source: 'billing',
      externalId,
    },
  });

  it('stores facts, counts redeliveries as duplicates, keeps corrections, and sends poison messages to the DLQ', async () => {
    const productId = randomUUID();
    const topic = analytics.topics.metricsIngest;
    await producer.send(topic, [fact(productId, 'k-1', 100), fact(productId, 'k-2', 200)]);
    // Committed before the correction arrives (inside one batch, an earlier version is never visible).
    await waitFor(
      async () =>
        (await analytics.db.pool.query(`SELECT 1 FROM facts WHERE product_id = $1`, [productId])).rowCount ===
        2,
      { description: 'the first two facts' },
    );
    await producer.sendRaw(topic, [
      { key: 'poison-1', value: 'this is not a CloudEvent' },
      {
        key: 'poison-2',
        value: JSON.stringify({
          productId,
          metric: 'revenue',
          period: '2026-04',
          value: 1,
          unit: 'percent',
          source: 'billing',
          externalId: 'k-bad',
        }),
        headers: {
          ce_specversion: '1.0',
          ce_id: randomUUID(),
          ce_type: 'MetricFactReported',
          ce_source: 'crm',
          'content-type': 'application/json',
        },
      },
    ]);
    // After the poison: the same fact again (duplicate), a correction, and a new fact.
    await producer.send(topic, [
      fact(productId, 'k-1', 100),
      fact(productId, 'k-2', 250),
      fact(productId, 'k-3', 300),
    ]);

    const current = await waitFor(
      async () => {
        const { rows } = await analytics.db.pool.query<{ external_id: string; value: number }>(
          `SELECT external_id, value::float8 AS value FROM facts WHERE product_id = $1 AND superseded_at IS NULL ORDER BY external_id`,
          [productId],
        );
        return rows.length === 3 && rows.find((row) => row.external_id === 'k-2')?.value === 250
          ? rows
          : undefined;
      },
      { description: 'three current facts with the correction applied' },
    );
    expect(current).toEqual([
      { external_id: 'k-1', value: 100 },
      { external_id: 'k-2', value: 250 },
      { external_id: 'k-3', value: 300 },
    ]);
    const all = await analytics.db.pool.query(
      `SELECT external_id, value::float8 AS value, superseded_at IS NOT NULL AS superseded, channel FROM facts
        WHERE product_id = $1 ORDER BY external_id, recorded_at`,
      [productId],
    );
    expect(all.rows).toEqual([
      { external_id: 'k-1', value: 100, superseded: false, channel: 'kafka' },
      { external_id: 'k-2', value: 200, superseded: true, channel: 'kafka' },
      { external_id: 'k-2', value: 250, superseded: false, channel: 'kafka' },
      { external_id: 'k-3', value: 300, superseded: false, channel: 'kafka' },
    ]);
    const rollup = await analytics.db.pool.query(
      `SELECT value_sum::float8 AS total, value_count FROM performance_monthly WHERE product_id = $1 AND metric = 'revenue'`,
      [productId],
    );
    expect(rollup.rows).toEqual([{ total: 650, value_count: 3 }]);

    const dead = await readDeadLetters((letters) => letters.length >= 2);
    expect(dead.map((letter) => letter.key).sort()).toEqual(['poison-1', 'poison-2']);
    expect(JSON.stringify(dead)).toContain('unit');
  });

  it('applies a batch with a poison message in it: the other facts once each, the poison one alone to the DLQ', async () => {
    const productId = randomUUID();
    const topic = analytics.topics.metricsIngest;
    // One key for all: one partition, so the consumer gets them as one batch. The ProductRegistered event
    // passes its contract, so it reaches the batch handler, which refuses it: the batch is then applied
    // message by message, in one transaction: b-2's first version is then replaced, never superseded (nobody
    // could have seen it).
    const key = `batch-${randomUUID()}`;
    const inBatch = (externalId: string, value: number) => ({
      ...fact(productId, externalId, value),
      streamId: key,
    });
    await producer.send(topic, [
      inBatch('b-1', 10),
      inBatch('b-2', 20),
      {
        type: 'ProductRegistered',
        streamId: key,
        at: new Date().toISOString(),
        data: {
          productId,
          code: `P${productId.slice(0, 8).toUpperCase()}`,
          name: 'Not a fact',
          description: 'A catalogue event on the ingest topic',
          productLineId: randomUUID(),
          kind: 'software',
          market: 'b2b',
          ownerId: 'alice',
        },
      },
      inBatch('b-3', 30),
      inBatch('b-1', 10),
      inBatch('b-2', 25),
    ]);

    const stored = await waitFor(
      async () => {
        const { rows } = await analytics.db.pool.query<{
          external_id: string;
          value: number;
          superseded: boolean;
        }>(
          `SELECT external_id, value::float8 AS value, superseded_at IS NOT NULL AS superseded FROM facts
            WHERE product_id = $1 ORDER BY external_id, recorded_at`,
          [productId],
        );
        return rows.length === 3 && rows[1]?.value === 25 ? rows : undefined;
      },
      { description: 'the three facts of the batch' },
    );
    expect(stored).toEqual([
      { external_id: 'b-1', value: 10, superseded: false },
      { external_id: 'b-2', value: 25, superseded: false },
      { external_id: 'b-3', value: 30, superseded: false },
    ]);
    const rollup = await analytics.db.pool.query(
      `SELECT value_sum::float8 AS total, value_count FROM performance_monthly WHERE product_id = $1 AND metric = 'revenue'`,
      [productId],
    );
    expect(rollup.rows).toEqual([{ total: 65, value_count: 3 }]);

    const dead = await readDeadLetters((letters) => letters.some((letter) => letter.key === key));
    expect(dead.filter((letter) => letter.key === key)).toEqual([
      expect.objectContaining({
        headers: expect.objectContaining({
          ce_type: 'ProductRegistered',
          dlq_error: 'ProductRegistered is not a fact',
          dlq_error_type: 'handler-failed',
        }),
      }),
    ]);
  });
});
