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

    const dead: { key: string | undefined; headers: Record<string, string> }[] = [];
    dlqReader = testKafka('analytics-dlq-reader').consumer({ groupId: dlqReaderGroup });
    await dlqReader.connect();
    await dlqReader.subscribe({
      topic: `${analytics.config.KAFKA_GROUP_PREFIX}.metrics-ingest.dlq`,
      fromBeginning: true,
    });
    await dlqReader.run({
      eachMessage: async ({ message }) => {
        dead.push({
          key: message.key?.toString(),
          headers: Object.fromEntries(
            Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]),
          ),
        });
      },
    });
    await waitFor(() => dead.length >= 2, { description: 'two dead letters' });
    expect(dead.map((letter) => letter.key).sort()).toEqual(['poison-1', 'poison-2']);
    expect(JSON.stringify(dead)).toContain('unit');
  });
});
