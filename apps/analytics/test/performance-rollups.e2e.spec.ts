import { randomUUID } from 'node:crypto';
import type { MetricFact } from '@product-ledger/contracts';
import { applyFacts } from '../src/application/facts/apply-facts';
import { startAnalytics, type AnalyticsTestApp } from './analytics-test-app';

/**
 * The rollups ingest keeps (added to for new facts, recomputed where a fact was corrected) equal, text
 * included, what the current facts add up to: several transactions, values of different scales, a correction
 * and a new fact in the same bucket, a fact corrected within its own transaction.
 */
describe('performance rollups kept by ingest', () => {
  let analytics: AnalyticsTestApp;

  beforeAll(async () => {
    analytics = await startAnalytics();
  });

  afterAll(async () => {
    await analytics?.stop();
  });

  const ingest = async (...chunks: MetricFact[][]) => {
    const client = await analytics.db.pool.connect();
    try {
      await client.query('BEGIN');
      for (const chunk of chunks) await applyFacts(client, chunk, 'http');
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };

  const rows = async (sql: string, productId: string) =>
    (await analytics.db.pool.query<Record<string, unknown>>(sql, [productId])).rows;

  it('adds new facts exactly and recomputes corrected buckets', async () => {
    const productId = randomUUID();
    const source = `rollups-${randomUUID()}`;
    const fact = (
      externalId: string,
      period: string,
      value: number,
      metric: MetricFact['metric'] = 'revenue',
    ): MetricFact => ({
      productId,
      metric,
      period,
      value,
      unit: 'EUR',
      source,
      externalId,
    });
    await ingest([fact('a', '2026-01-05', 100), fact('b', '2026-01', 0.5), fact('c', '2026-01-05', 10.25)]);
    await ingest([fact('d', '2026-01-05', 1.5), fact('e', '2026-01', 7), fact('f', '2026-01-20', 3)]);
    // A correction and a new fact in the same buckets, then a fact added and corrected in one transaction.
    await ingest([fact('c', '2026-01-05', 10), fact('g', '2026-01-05', 2)]);
    await ingest([fact('h', '2026-02-01', 4.75)], [fact('h', '2026-02-01', 5)]);
    await ingest([fact('i', '2026-02', -1.125, 'nps'), fact('j', '2026-02', 9.1, 'nps')]);

    const daily = await rows(
      `SELECT version, metric, unit, to_char(day, 'YYYY-MM-DD') AS day, value_sum::text AS value_sum, value_count
         FROM performance_daily WHERE product_id = $1 ORDER BY 1, 2, 3, 4`,
      productId,
    );
    const dailyFromFacts = await rows(
      `SELECT version, metric, unit, to_char(valid_from, 'YYYY-MM-DD') AS day, sum(value)::text AS value_sum,
              count(*)::int AS value_count
         FROM facts WHERE product_id = $1 AND superseded_at IS NULL AND granularity = 'day'
        GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
      productId,
    );
    const monthly = await rows(
      `SELECT version, metric, unit, to_char(month, 'YYYY-MM') AS month, origin, value_sum::text AS value_sum, value_count
         FROM performance_monthly WHERE product_id = $1 ORDER BY 1, 2, 3, 4, 5`,
      productId,
    );
    const monthlyFromFacts = await rows(
      `SELECT version, metric, unit, to_char(valid_from, 'YYYY-MM') AS month, granularity AS origin,
              sum(value)::text AS value_sum, count(*)::int AS value_count
         FROM facts WHERE product_id = $1 AND superseded_at IS NULL
        GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
      productId,
    );
    expect(daily).toEqual(dailyFromFacts);
    expect(monthly).toEqual(monthlyFromFacts);
    // The figures the ingest above must have produced, spelled out (scales as a numeric sum keeps them).
    expect(daily).toEqual([
      { version: '', metric: 'revenue', unit: 'EUR', day: '2026-01-05', value_sum: '113.5', value_count: 4 },
      { version: '', metric: 'revenue', unit: 'EUR', day: '2026-01-20', value_sum: '3', value_count: 1 },
      { version: '', metric: 'revenue', unit: 'EUR', day: '2026-02-01', value_sum: '5', value_count: 1 },
    ]);
    expect(monthly).toEqual([
      {
        version: '',
        metric: 'nps',
        unit: 'EUR',
        month: '2026-02',
        origin: 'month',
        value_sum: '7.975',
        value_count: 2,
      },
      {
        version: '',
        metric: 'revenue',
        unit: 'EUR',
        month: '2026-01',
        origin: 'day',
        value_sum: '116.5',
        value_count: 5,
      },
      {
        version: '',
        metric: 'revenue',
        unit: 'EUR',
        month: '2026-01',
        origin: 'month',
        value_sum: '7.5',
        value_count: 2,
      },
      {
        version: '',
        metric: 'revenue',
        unit: 'EUR',
        month: '2026-02',
        origin: 'day',
        value_sum: '5',
        value_count: 1,
      },
    ]);
  });
});
