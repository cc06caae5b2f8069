import { randomUUID } from 'node:crypto';
import { httpClient, waitFor } from '@product-ledger/testing';
import { portfolioReport } from '../src/application/reports/portfolio-report';
import { groupPortfolio } from '../src/domain/reporting/portfolio-groups';
import { figuresDay, productFiguresSelect } from '../src/persistence/facts/product-figures';
import { rollupPoints } from '../src/persistence/facts/rollup-points';
import { startAnalytics, type AnalyticsTestApp } from './analytics-test-app';

const month = (date: Date, add: number) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + add, 1)).toISOString().slice(0, 7);
const dayAfter = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

/**
 * The portfolio's stored per-product figures (product_figures) against their definition: the same figures
 * computed from all the rollup points for the day (productFiguresSelect), after new facts, corrections, a
 * rebuild and when the calendar moves on; and the paged portfolio, its groups and its CSV built on them.
 */
describe('portfolio figures', () => {
  let analytics: AnalyticsTestApp;
  let call: ReturnType<typeof httpClient>;
  let integration: Record<string, string>;
  let analyst: Record<string, string>;
  const now = new Date();
  const thisMonth = month(now, 0);
  const lastMonth = month(now, -1);
  const products = [randomUUID(), randomUUID(), randomUUID()];
  const [p, q] = products as [string, string, string];
  const lineId = randomUUID();

  beforeAll(async () => {
    analytics = await startAnalytics();
    call = httpClient(analytics.baseUrl);
    integration = await analytics.auth('integration');
    analyst = await analytics.auth('analyst');
    // The catalogue side of the portfolio, written straight into its table (the figures come from facts).
    await analytics.db.pool.query(
      `INSERT INTO portfolio_products (product_id, code, name, line_id, owner_id, kind, market, status, registered_at, stage)
       SELECT id, 'FIG-' || n, 'Figures product ' || n, $2, 'owner-' || (n % 2), 'software', 'b2b', 'active', now(),
              CASE WHEN n = 1 THEN 'in_life' ELSE 'development' END
         FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n)`,
      [products, lineId],
    );
  });

  afterAll(async () => {
    await analytics?.stop();
  });

  const ingest = async (facts: object[]) => {
    const { status, body } = await call('POST', '/facts', { body: facts, headers: integration });
    expect(status).toBe(200);
    expect(body.rejected).toEqual([]);
    return body;
  };

  /** The stored figures, and the figures by definition for the same day, as comparable rows. */
  const storedAndDefined = async (moment = now) => {
    const { day, from, to } = figuresDay(moment);
    const shape = (rows: Record<string, unknown>[]) =>
      rows
        .map((row) => JSON.stringify(row))
        .sort()
        .map((row) => JSON.parse(row));
    const stored = await analytics.db.pool.query(
      `SELECT product_id, revenue_last_12_months, active_customers::text, nps::text, figures_day::text, fresh_until::text
         FROM product_figures`,
    );
    const defined = await analytics.db.pool.query(
      `SELECT product_id, revenue_last_12_months, active_customers::text, nps::text, figures_day::text, fresh_until::text
         FROM (${productFiguresSelect(rollupPoints('all'), 'all')}) f`,
      [day, from, to],
    );
    return { stored: shape(stored.rows), defined: shape(defined.rows) };
  };

  const figuresOf = async (productId: string) => {
    const { body } = await call('GET', `/analytics/portfolio?lineId=${lineId}`, { headers: analyst });
    const product = body.products.find((row: { productId: string }) => row.productId === productId);
    return {
      revenue: product.revenueLast12Months,
      activeCustomers: product.activeCustomers,
      nps: product.nps,
    };
  };

  it('keeps the stored figures equal to their definition after new facts and corrections', async () => {
    const tomorrow = dayAfter(now, 1).toISOString().slice(0, 10);
    await ingest([
      {
        productId: p,
        metric: 'revenue',
        period: lastMonth,
        value: 1000,
        unit: 'EUR',
        source: 'bill',
        externalId: 'p-r1',
      },
      {
        productId: p,
        metric: 'revenue',
        period: thisMonth,
        value: 500,
        unit: 'EUR',
        source: 'bill',
        externalId: 'p-r2',
      },
      {
        productId: p,
        metric: 'revenue',
        period: `${thisMonth}-01`,
        value: 70,
        unit: 'USD',
        source: 'bill',
        externalId: 'p-r3',
      },
      // About tomorrow: counts from tomorrow on, so today's figures are fresh until tomorrow.
      {
        productId: p,
        metric: 'revenue',
        period: tomorrow,
        value: 5,
        unit: 'EUR',
        source: 'bill',
        externalId: 'p-r4',
      },
      {
        productId: p,
        metric: 'active_customers',
        period: lastMonth,
        value: 99,
        unit: 'customers',
        source: 'crm',
        externalId: 'p-a1',
      },
      {
        productId: p,
        metric: 'active_customers',
        period: `${thisMonth}-01`,
        value: 40,
        unit: 'customers',
        source: 'crm',
        externalId: 'p-a2',
      },
      {
        productId: p,
        version: '1.0.0',
        metric: 'active_customers',
        period: `${thisMonth}-01`,
        value: 10,
        unit: 'customers',
        source: 'crm',
        externalId: 'p-a3',
      },
      {
        productId: p,
        metric: 'nps',
        period: lastMonth,
        value: 30,
        unit: 'score',
        source: 'survey',
        externalId: 'p-n1',
      },
      {
        productId: p,
        metric: 'nps',
        period: `${lastMonth}-15`,
        value: 50,
        unit: 'score',
        source: 'survey',
        externalId: 'p-n2',
      },
      {
        productId: p,
        metric: 'units_sold',
        period: thisMonth,
        value: 12,
        unit: 'units',
        source: 'erp',
        externalId: 'p-u1',
      },
      {
        productId: q,
        metric: 'nps',
        period: thisMonth,
        value: 10,
        unit: 'score',
        source: 'survey',
        externalId: 'q-n1',
      },
    ]);
    let figures = await storedAndDefined();
    expect(figures.stored).toEqual(figures.defined);
    expect(figures.stored.map((row) => row.product_id).sort()).toEqual([p, q].sort());
    expect(await figuresOf(p)).toEqual({
      revenue: [
        { currency: 'EUR', amount: 1500 },
        { currency: 'USD', amount: 70 },
      ],
      activeCustomers: 50,
      nps: 50,
    });
    expect(await figuresOf(q)).toEqual({ revenue: [], activeCustomers: null, nps: 10 });

    // Corrections: a new value, a fact moved to a later day and to another product, one changed metric.
    await ingest([
      {
        productId: p,
        metric: 'revenue',
        period: lastMonth,
        value: 1200,
        unit: 'EUR',
        source: 'bill',
        externalId: 'p-r1',
      },
      {
        productId: p,
        metric: 'active_customers',
        period: `${lastMonth}-20`,
        value: 40,
        unit: 'customers',
        source: 'crm',
        externalId: 'p-a2',
      },
      {
        productId: q,
        metric: 'nps',
        period: `${lastMonth}-15`,
        value: 50,
        unit: 'score',
        source: 'survey',
        externalId: 'p-n2',
      },
      {
        productId: q,
        metric: 'units_sold',
        period: thisMonth,
        value: 10,
        unit: 'units',
        source: 'survey',
        externalId: 'q-n1',
      },
    ]);
    figures = await storedAndDefined();
    expect(figures.stored).toEqual(figures.defined);
    expect(await figuresOf(p)).toEqual({
      revenue: [
        { currency: 'EUR', amount: 1700 },
        { currency: 'USD', amount: 70 },
      ],
      activeCustomers: 10,
      nps: 30,
    });
    expect(await figuresOf(q)).toEqual({ revenue: [], activeCustomers: null, nps: 50 });
  });

  it('rebuilds the same figures from the facts', async () => {
    const before = await storedAndDefined();
    await analytics.db.pool.query(`UPDATE product_figures SET nps = -1, fresh_until = '2999-01-01'`);
    const admin = await analytics.auth('admin');
    const started = await call('POST', '/analytics/projections/performance/rebuild', { headers: admin });
    expect(started.status).toBe(202);
    await waitFor(
      async () => {
        const { body } = await call('GET', '/analytics/projections/performance', { headers: admin });
        return (
          body.lastRebuild?.rebuildId === started.body.rebuildId && body.lastRebuild.status === 'completed'
        );
      },
      { timeoutMs: 60_000, description: 'performance rebuild' },
    );
    expect(await storedAndDefined()).toEqual(before);
  });

  it('answers for the day asked even when the stored figures are of another day, and refreshes them', async () => {
    for (const moment of [dayAfter(now, 1), dayAfter(now, 40), dayAfter(now, -1)]) {
      const { day, from, to } = figuresDay(moment);
      const report = await portfolioReport(analytics.db.pool, { lineId }, moment);
      const defined = await analytics.db.pool.query(
        `SELECT product_id, revenue_last_12_months, active_customers, nps FROM (${productFiguresSelect(rollupPoints('all'), 'all')}) f`,
        [day, from, to],
      );
      const expected = new Map(defined.rows.map((row) => [row.product_id, row]));
      for (const product of report.products!) {
        const row = expected.get(product.productId);
        expect({
          revenue: product.revenueLast12Months,
          activeCustomers: product.activeCustomers,
          nps: product.nps,
        }).toEqual({
          revenue: (row?.revenue_last_12_months ?? []).map((r: { currency: string; amount: string }) => ({
            currency: r.currency,
            amount: Number(r.amount),
          })),
          activeCustomers: row?.active_customers == null ? null : Number(row.active_customers),
          nps: row?.nps == null ? null : Number(row.nps),
        });
      }
      // The report brought the stale figures up to that day: each stored row now holds for it.
      const { stored, defined: definedThen } = await storedAndDefined(moment);
      const valuesOf = (rows: Record<string, unknown>[]) =>
        rows.map(({ figures_day: _from, fresh_until: _until, ...values }) => values);
      expect(valuesOf(stored)).toEqual(valuesOf(definedThen));
      for (const row of stored) expect(row.figures_day <= day && day < row.fresh_until).toBe(true);
    }
    expect((await figuresOf(p)).revenue).toEqual([
      { currency: 'EUR', amount: 1700 },
      { currency: 'USD', amount: 70 },
    ]);
  });

  it('computes stale figures itself while ingest holds the facts, without waiting for it', async () => {
    const moment = dayAfter(now, 45);
    const { day, from, to } = figuresDay(moment);
    const writer = await analytics.db.pool.connect();
    try {
      await writer.query('BEGIN');
      await writer.query(
        `SELECT pg_advisory_xact_lock(hashtextextended('product-ledger.analytics.facts', 0))`,
      );
      const report = await portfolioReport(analytics.db.pool, { lineId }, moment);
      const defined = await analytics.db.pool.query(
        `SELECT product_id, nps::float8 AS nps FROM (${productFiguresSelect(rollupPoints('all'), 'all')}) f`,
        [day, from, to],
      );
      expect(report.products!.find((row) => row.productId === q)!.nps).toBe(
        defined.rows.find((row) => row.product_id === q)!.nps,
      );
      const stale = await analytics.db.pool.query(
        `SELECT count(*)::int AS n FROM product_figures WHERE fresh_until <= $1::date`,
        [day],
      );
      expect(stale.rows[0].n).toBeGreaterThan(0);
    } finally {
      await writer.query('ROLLBACK');
      writer.release();
    }
  });

  it('adds the figures up per group in SQL exactly as per product', async () => {
    for (const groupBy of ['stage', 'line', 'owner'] as const) {
      const grouped = await portfolioReport(analytics.db.pool, { lineId, groupBy }, now);
      const all = await portfolioReport(analytics.db.pool, { lineId }, now);
      expect(grouped.groups).toEqual(groupPortfolio(all.products!, groupBy));
    }
  });

  it('pages the products by name with a cursor and a Link header, and streams every product as CSV', async () => {
    const first = await call('GET', `/analytics/portfolio?lineId=${lineId}&limit=2`, { headers: analyst });
    expect(first.status).toBe(200);
    expect(first.body.products.map((row: { code: string }) => row.code)).toEqual(['FIG-1', 'FIG-2']);
    const link = first.headers.get('link');
    expect(link).toBe(
      `</analytics/portfolio?lineId=${lineId}&limit=2&cursor=${first.body.nextCursor}>; rel="next"`,
    );
    const next = await call('GET', link!.slice(1, link!.indexOf('>')), { headers: analyst });
    expect(next.body.products.map((row: { code: string }) => row.code)).toEqual(['FIG-3']);
    expect(next.body.nextCursor).toBeUndefined();
    expect(next.headers.get('link')).toBeNull();

    const csv = await call('GET', `/analytics/portfolio?lineId=${lineId}&limit=1`, {
      headers: { ...analyst, accept: 'text/csv' },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (csv.body as string).trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('FIG-1');
    expect(lines[3]).toContain('FIG-3');

    const bad = await call('GET', '/analytics/portfolio?cursor=nonsense', { headers: analyst });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ path: 'cursor', message: expect.any(String) }]);
    const grouped = await call('GET', '/analytics/portfolio?groupBy=stage&limit=5', { headers: analyst });
    expect(grouped.status).toBe(400);
    const tooMany = await call('GET', '/analytics/portfolio?limit=1001', { headers: analyst });
    expect(tooMany.status).toBe(400);
  });
});
