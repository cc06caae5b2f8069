import { httpClient, waitFor } from '@product-ledger/testing';
import { randomUUID } from 'node:crypto';
import { lineMonthlyRows } from '../src/application/reports/line-performance-rows';
import { productRollupRows } from '../src/application/reports/performance-report';
import { startAnalytics, type AnalyticsTestApp } from './analytics-test-app';
import { eventProducer, type TestEvent } from './event-producer';

/**
 * The stored per-line monthly rollup (performance_line_monthly) against its definition: the line's products'
 * monthly rollups added up at query time (productRollupRows), after facts before and after the products are
 * registered, corrections, products moving lines, and rebuilds of the portfolio and of the performance.
 */
describe('line rollups', () => {
  let analytics: AnalyticsTestApp;
  let producer: Awaited<ReturnType<typeof eventProducer>>;
  let call: ReturnType<typeof httpClient>;
  let integration: Record<string, string>;
  let analyst: Record<string, string>;
  let admin: Record<string, string>;
  const lineOne = randomUUID();
  const lineTwo = randomUUID();
  const [a, b, c, d] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()] as const;
  const run = randomUUID().slice(0, 8);

  beforeAll(async () => {
    analytics = await startAnalytics();
    producer = await eventProducer();
    call = httpClient(analytics.baseUrl);
    integration = await analytics.auth('integration');
    analyst = await analytics.auth('analyst');
    admin = await analytics.auth('admin');
  });

  afterAll(async () => {
    await producer?.stop();
    await analytics?.stop();
  });

  const registered = (productId: string, lineId: string, n: number): TestEvent => ({
    type: 'ProductRegistered',
    streamId: productId,
    at: `2025-01-0${n}T10:00:00.000Z`,
    data: {
      productId,
      code: `L${n}${run}`.toUpperCase(),
      name: `Line rollup product ${n}`,
      description: 'A product of the line rollup test',
      productLineId: lineId,
      kind: 'software',
      market: 'b2b',
      ownerId: 'alice',
    },
  });

  const moved = (productId: string, from: string, to: string): TestEvent => ({
    type: 'ProductMovedToLine',
    streamId: productId,
    at: '2025-06-01T10:00:00.000Z',
    data: { productId, productLineId: to, previousProductLineId: from },
  });

  const lineOf = async (productId: string) =>
    (
      await analytics.db.pool.query<{ line_id: string }>(
        'SELECT line_id FROM portfolio_products WHERE product_id = $1',
        [productId],
      )
    ).rows[0]?.line_id;

  const catalogue = async (events: TestEvent[], expected: Record<string, string>) => {
    await producer.send(analytics.topics.catalogueProduct, events);
    for (const [productId, lineId] of Object.entries(expected)) {
      await waitFor(async () => (await lineOf(productId)) === lineId, {
        description: `product ${productId} in line ${lineId}`,
      });
    }
  };

  const fact = (
    productId: string,
    metric: string,
    period: string,
    value: number,
    unit: string,
    externalId: string,
    version?: string,
  ) => ({
    productId,
    metric,
    period,
    value,
    unit,
    source: 'line-test',
    externalId: `${run}-${externalId}`,
    ...(version ? { version } : {}),
  });

  const ingest = async (facts: object[]) => {
    const { status, body } = await call('POST', '/facts', { body: facts, headers: integration });
    expect(status).toBe(200);
    expect(body.rejected).toEqual([]);
    return body;
  };

  /** The stored rows of each line and the rows by definition, as PostgreSQL answers them (exact text). */
  const storedAndDefined = async (lineId: string) => ({
    stored: await lineMonthlyRows(analytics.db.pool, lineId, {}, undefined),
    defined: await productRollupRows(analytics.db.pool, { lineId, granularity: 'month' }, {}, undefined),
  });

  const expectLinesMatchDefinition = async () => {
    for (const lineId of [lineOne, lineTwo]) {
      const { stored, defined } = await storedAndDefined(lineId);
      expect(stored).toEqual(defined);
    }
    const { rows } = await analytics.db.pool.query<{ line_id: string }>(
      'SELECT DISTINCT line_id FROM performance_line_monthly WHERE line_id <> ALL ($1::uuid[])',
      [[lineOne, lineTwo]],
    );
    expect(rows).toEqual([]);
  };

  const tableText = async () =>
    (
      await analytics.db.pool.query<{ row: string }>(
        'SELECT to_jsonb(l)::text AS row FROM performance_line_monthly l ORDER BY 1',
      )
    ).rows.map((r) => r.row);

  /** The products with facts in a line's month of a metric (in its main unit), [] when the line has no row. */
  const productsOf = async (lineId: string, metric: string, period: string) => {
    const { stored } = await storedAndDefined(lineId);
    const unit = { revenue: 'EUR', active_customers: 'customers', gross_margin: 'percent' }[metric];
    return stored
      .filter((row) => row.metric === metric && row.period === period && row.unit === unit)
      .map((row) => row.products);
  };

  it('adds the facts of products known before they were registered, then follows new facts', async () => {
    // Facts about a, b and c arrive before the catalogue events: registration brings them into the line.
    await ingest([
      fact(a, 'revenue', '2025-03', 1000.5, 'EUR', 'a-r-03'),
      fact(a, 'revenue', '2025-03-10', 20.25, 'EUR', 'a-r-03-10'),
      fact(a, 'revenue', '2025-03', 7, 'USD', 'a-r-03-usd'),
      fact(a, 'active_customers', '2025-03-01', 100, 'customers', 'a-ac-01'),
      fact(a, 'active_customers', '2025-03-02', 101, 'customers', 'a-ac-02'),
      fact(a, 'active_customers', '2025-03-03', 103, 'customers', 'a-ac-03'),
      fact(a, 'active_customers', '2025-03', 90, 'customers', 'a-ac-03-m'),
      fact(a, 'active_customers', '2025-03', 11, 'customers', 'a-ac-03-v', '1.0.0'),
      fact(b, 'revenue', '2025-03', 300, 'EUR', 'b-r-03'),
      fact(b, 'active_customers', '2025-03', 7, 'customers', 'b-ac-03'),
      fact(b, 'nps', '2025-03', 40, 'score', 'b-nps-03'),
      fact(b, 'nps', '2025-03-15', 45, 'score', 'b-nps-03-15'),
      fact(c, 'revenue', '2025-04', 50, 'EUR', 'c-r-04'),
      fact(c, 'gross_margin', '2025-04', 33.3, 'percent', 'c-gm-04'),
    ]);
    expect(await tableText()).toEqual([]);

    await producer.send(analytics.topics.catalogueProductLine, [
      {
        type: 'ProductLineCreated',
        streamId: lineOne,
        at: '2024-12-01T08:00:00.000Z',
        data: { productLineId: lineOne, name: `Line one ${run}`, description: 'first' },
      },
      {
        type: 'ProductLineCreated',
        streamId: lineTwo,
        at: '2024-12-01T08:00:00.000Z',
        data: { productLineId: lineTwo, name: `Line two ${run}`, description: 'second' },
      },
    ]);
    await catalogue([registered(a, lineOne, 1), registered(b, lineOne, 2), registered(c, lineTwo, 3)], {
      [a]: lineOne,
      [b]: lineOne,
      [c]: lineTwo,
    });
    await expectLinesMatchDefinition();
    expect(await productsOf(lineOne, 'revenue', '2025-03')).toEqual([2]);

    // New facts and corrections of registered products: a moves its revenue to another month, b's NPS changes.
    const ingested = await ingest([
      fact(a, 'revenue', '2025-04', 999.75, 'EUR', 'a-r-03'),
      fact(a, 'revenue', '2025-04', 1.125, 'EUR', 'a-r-04'),
      fact(b, 'nps', '2025-03', -10, 'score', 'b-nps-03'),
      fact(b, 'active_customers', '2025-04', 8, 'customers', 'b-ac-04', '2.0.0'),
      fact(c, 'revenue', '2025-04', 51, 'EUR', 'c-r-04'),
    ]);
    expect(ingested.corrections).toBe(3);
    await expectLinesMatchDefinition();
    // a's monthly March revenue moved to April; its daily March revenue stays.
    expect(await productsOf(lineOne, 'revenue', '2025-03')).toEqual([2]);
    expect(await productsOf(lineOne, 'revenue', '2025-04')).toEqual([1]);

    // d had facts before it was registered; a correction empties a month of a line (the row goes).
    await ingest([fact(d, 'revenue', '2025-05', 12, 'EUR', 'd-r-05')]);
    await catalogue([registered(d, lineOne, 4)], { [d]: lineOne });
    await ingest([fact(c, 'gross_margin', '2025-05', 30, 'percent', 'c-gm-04')]);
    await expectLinesMatchDefinition();
    expect(await productsOf(lineTwo, 'gross_margin', '2025-04')).toEqual([]);
    expect(await productsOf(lineOne, 'revenue', '2025-05')).toEqual([1]);
  });

  it('moves the months of a product that changes lines, and leaves no row of an emptied line month', async () => {
    await catalogue([moved(a, lineOne, lineTwo)], { [a]: lineTwo });
    await expectLinesMatchDefinition();
    // a's active customers of March were alone in line one's March (b's are 7, in the same row): now line two.
    expect(await productsOf(lineOne, 'active_customers', '2025-03')).toEqual([1]);
    expect(await productsOf(lineTwo, 'active_customers', '2025-03')).toEqual([1]);
    expect(await productsOf(lineOne, 'revenue', '2025-04')).toEqual([]);
    expect(await productsOf(lineTwo, 'revenue', '2025-04')).toEqual([2]);

    await ingest([fact(a, 'revenue', '2025-04', 2, 'EUR', 'a-r-04')]);
    await catalogue([moved(b, lineOne, lineTwo), moved(d, lineOne, lineTwo)], { [b]: lineTwo, [d]: lineTwo });
    await expectLinesMatchDefinition();
    const { stored } = await storedAndDefined(lineOne);
    expect(stored).toEqual([]);
  });

  it('answers a line at month granularity from the stored rollup, as the products add up', async () => {
    await catalogue([moved(b, lineTwo, lineOne)], { [b]: lineOne });
    const { body, status } = await call(
      'GET',
      `/analytics/performance?lineId=${lineTwo}&granularity=month&from=2025-01&to=2025-12`,
      { headers: analyst },
    );
    expect(status).toBe(200);
    const defined = await productRollupRows(
      analytics.db.pool,
      { lineId: lineTwo, granularity: 'month' },
      { from: '2025-01-01', to: '2026-01-01' },
      undefined,
    );
    expect(body.points).toEqual(
      defined.map((row) => ({
        period: row.period,
        metric: row.metric,
        unit: row.unit,
        value: Number(row.value),
        aggregation: row.aggregation,
        sum: Number(row.sum),
        facts: row.facts,
        products: row.products,
      })),
    );
    expect(body.points.length).toBeGreaterThan(3);
  });

  it('rebuilds the same rows from the portfolio events and from the facts', async () => {
    const live = await tableText();
    expect(live.length).toBeGreaterThan(0);
    for (const name of ['portfolio', 'performance']) {
      // Damaged first, so only the rebuild can bring the rows back.
      await analytics.db.pool.query('UPDATE performance_line_monthly SET products = products + 1');
      const started = await call('POST', `/analytics/projections/${name}/rebuild`, { headers: admin });
      expect(started.status).toBe(202);
      await waitFor(
        async () => {
          const { body } = await call('GET', `/analytics/projections/${name}`, { headers: admin });
          return (
            body.lastRebuild?.rebuildId === started.body.rebuildId && body.lastRebuild.status === 'completed'
          );
        },
        { timeoutMs: 120_000, description: `rebuild of ${name}` },
      );
      await waitFor(async () => JSON.stringify(await tableText()) === JSON.stringify(live), {
        description: `line rollups after the ${name} rebuild`,
      });
      await expectLinesMatchDefinition();
    }
  });
});
