import { randomUUID } from 'node:crypto';
import type { MetricFact } from '@product-ledger/contracts';
import { applyFacts } from '../src/application/facts/apply-facts';
import { startAnalytics, type AnalyticsTestApp } from './analytics-test-app';

/**
 * Transaction time of ingest (ingest-lock.ts): corrections of one fact committed back to back, each taking the
 * facts lock as soon as the previous one released it (often within the same millisecond), keep every version
 * with a non-empty interval [recorded_at, superseded_at), chained without gaps.
 */
describe('ingest transaction time', () => {
  let analytics: AnalyticsTestApp;

  beforeAll(async () => {
    analytics = await startAnalytics();
  });

  afterAll(async () => {
    await analytics?.stop();
  });

  const ingest = async (fact: MetricFact) => {
    const client = await analytics.db.pool.connect();
    try {
      await client.query('BEGIN');
      const outcomes = await applyFacts(client, [fact], 'http');
      await client.query('COMMIT');
      return outcomes;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };

  it('keeps every version of corrections committed back to back, with strictly increasing instants', async () => {
    const productId = randomUUID();
    const fact = (value: number): MetricFact => ({
      productId,
      metric: 'revenue',
      period: '2026-03',
      value,
      unit: 'EUR',
      source: `clock-${randomUUID()}`,
      externalId: 'inv-1',
    });
    const source = fact(0).source;
    const original = { ...fact(100), source };
    await ingest(original);
    // Four corrections at once: they queue on the facts lock, so each commits right before the next one starts.
    const corrections = [101, 102, 103, 104].map((value) => ({ ...original, value }));
    await Promise.all(corrections.map((correction) => ingest(correction)));

    const { rows } = await analytics.db.pool.query<{
      value: string;
      nonempty: boolean;
      recorded_at: string;
      superseded_at: string | null;
    }>(
      `SELECT value::text AS value, recorded_at::text AS recorded_at, superseded_at::text AS superseded_at,
              superseded_at IS NULL OR superseded_at > recorded_at AS nonempty
         FROM facts WHERE source = $1 AND external_id = 'inv-1' ORDER BY recorded_at`,
      [source],
    );
    expect(rows).toHaveLength(5);
    expect(rows[0]!.value).toBe('100');
    expect(rows.map((row) => row.value).sort()).toEqual(['100', '101', '102', '103', '104']);
    expect(rows.every((row) => row.nonempty)).toBe(true);
    // Each version was the truth until the next one was recorded; only the last is current.
    for (let i = 0; i < rows.length - 1; i++) expect(rows[i]!.superseded_at).toBe(rows[i + 1]!.recorded_at);
    expect(rows[4]!.superseded_at).toBeNull();
    expect(new Set(rows.map((row) => row.recorded_at)).size).toBe(5);
  });
});
