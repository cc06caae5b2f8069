import { randomUUID } from 'node:crypto';
import { httpClient } from '@product-ledger/testing';
import { startAnalytics, type AnalyticsTestApp } from './analytics-test-app';

/** POST /facts over HTTP against real Postgres: JSON and CSV, duplicates, corrections, bad rows, limits. */
describe('POST /facts', () => {
  let analytics: AnalyticsTestApp;
  let call: ReturnType<typeof httpClient>;
  let integration: Record<string, string>;
  let analyst: Record<string, string>;

  beforeAll(async () => {
    analytics = await startAnalytics();
    call = httpClient(analytics.baseUrl);
    integration = await analytics.auth('integration');
    analyst = await analytics.auth('analyst');
  });

  afterAll(async () => {
    await analytics?.stop();
  });

  const currentFacts = async (productId: string) =>
    (
      await analytics.db.pool.query(
        `SELECT source, external_id, metric, period, value::float8 AS value, unit, version
           FROM facts WHERE product_id = $1 AND superseded_at IS NULL ORDER BY source, external_id`,
        [productId],
      )
    ).rows;

  it('ingests a JSON array, then counts the same facts again as duplicates and changed ones as corrections', async () => {
    const productId = randomUUID();
    const facts = [
      {
        productId,
        metric: 'revenue',
        period: '2026-01',
        value: 1000,
        unit: 'EUR',
        source: 'billing',
        externalId: 'inv-1',
      },
      {
        productId,
        metric: 'revenue',
        period: '2026-02',
        value: 1500.25,
        unit: 'EUR',
        source: 'billing',
        externalId: 'inv-2',
      },
      {
        productId,
        version: '1.0.0',
        metric: 'units_sold',
        period: '2026-02-14',
        value: 12,
        unit: 'units',
        source: 'erp',
        externalId: 'so-1',
      },
    ];
    const first = await call('POST', '/facts', { body: facts, headers: integration });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      received: 3,
      accepted: 3,
      duplicates: 0,
      corrections: 0,
      rejected: [],
      chunks: 1,
    });

    const again = await call('POST', '/facts', {
      body: [facts[0], { ...facts[1], value: 1600 }, facts[2]],
      headers: integration,
    });
    expect(again.body).toEqual({
      received: 3,
      accepted: 0,
      duplicates: 2,
      corrections: 1,
      rejected: [],
      chunks: 1,
    });

    expect(await currentFacts(productId)).toEqual([
      {
        source: 'billing',
        external_id: 'inv-1',
        metric: 'revenue',
        period: '2026-01',
        value: 1000,
        unit: 'EUR',
        version: '',
      },
      {
        source: 'billing',
        external_id: 'inv-2',
        metric: 'revenue',
        period: '2026-02',
        value: 1600,
        unit: 'EUR',
        version: '',
      },
      {
        source: 'erp',
        external_id: 'so-1',
        metric: 'units_sold',
        period: '2026-02-14',
        value: 12,
        unit: 'units',
        version: '1.0.0',
      },
    ]);
    // Bitemporal: the corrected fact is kept, closed when the correction was recorded.
    const history = await analytics.db.pool.query(
      `SELECT value::float8 AS value, superseded_at IS NOT NULL AS superseded, superseded_at = lead(recorded_at) OVER w AS chained
         FROM facts WHERE source = 'billing' AND external_id = 'inv-2' AND product_id = $1
         WINDOW w AS (ORDER BY recorded_at) ORDER BY recorded_at`,
      [productId],
    );
    expect(history.rows).toEqual([
      { value: 1500.25, superseded: true, chained: true },
      { value: 1600, superseded: false, chained: null },
    ]);

    const monthly = await call(
      'GET',
      `/analytics/performance?productId=${productId}&metric=revenue&granularity=month`,
      { headers: analyst },
    );
    expect(monthly.status).toBe(200);
    expect(monthly.body.points).toEqual([
      expect.objectContaining({ period: '2026-01', metric: 'revenue', unit: 'EUR', value: 1000, facts: 1 }),
      expect.objectContaining({ period: '2026-02', metric: 'revenue', unit: 'EUR', value: 1600, facts: 1 }),
    ]);
  });

  it('treats a product id in upper case as the same product: a resend is a duplicate and the rollups count it once', async () => {
    const productId = randomUUID();
    const fact = (id: string, value: number) => [
      {
        productId: id,
        metric: 'revenue',
        period: '2026-03',
        value,
        unit: 'EUR',
        source: 'billing',
        externalId: 'inv-uc',
      },
    ];
    const post = (body: unknown) => call('POST', '/facts', { headers: integration, body });
    expect((await post(fact(productId.toUpperCase(), 10))).body).toMatchObject({ accepted: 1 });
    expect((await post(fact(productId.toUpperCase(), 10))).body).toMatchObject({
      duplicates: 1,
      corrections: 0,
    });
    expect((await post(fact(productId, 10))).body).toMatchObject({ duplicates: 1, corrections: 0 });
    expect((await post(fact(productId.toUpperCase(), 20))).body).toMatchObject({ corrections: 1 });
    const monthly = await call(
      'GET',
      `/analytics/performance?productId=${productId}&metric=revenue&granularity=month`,
      { headers: analyst },
    );
    expect(monthly.body.points).toEqual([
      expect.objectContaining({ period: '2026-03', metric: 'revenue', unit: 'EUR', value: 20, facts: 1 }),
    ]);
  });

  it('re-runs a report as it was known before a correction (asOf)', async () => {
    const productId = randomUUID();
    const fact = {
      productId,
      metric: 'revenue',
      period: '2026-03',
      value: 500,
      unit: 'USD',
      source: 'crm',
      externalId: `deal-${productId}`,
    };
    await call('POST', '/facts', { body: [fact], headers: integration });
    const { rows } = await analytics.db.pool.query<{ recorded_at: Date }>(
      `SELECT recorded_at FROM facts WHERE product_id = $1`,
      [productId],
    );
    const before = rows[0]!.recorded_at.toISOString();
    await call('POST', '/facts', { body: [{ ...fact, value: 650 }], headers: integration });

    const now = await call('GET', `/analytics/performance?productId=${productId}`, { headers: analyst });
    const then = await call(
      'GET',
      `/analytics/performance?productId=${productId}&asOf=${encodeURIComponent(before)}`,
      { headers: analyst },
    );
    expect(now.body.points.map((p: { value: number }) => p.value)).toEqual([650]);
    expect(then.body.points.map((p: { value: number }) => p.value)).toEqual([500]);
    const beforeAnything = new Date(new Date(before).getTime() - 1000).toISOString();
    const earlier = await call(
      'GET',
      `/analytics/performance?productId=${productId}&asOf=${encodeURIComponent(beforeAnything)}`,
      { headers: analyst },
    );
    expect(earlier.body.points).toEqual([]);
  });

  it('ingests CSV and reports each bad row with its line and reason, writing nothing of the bad rows', async () => {
    const productId = randomUUID();
    const csv = [
      'productId,version,metric,period,value,unit,source,externalId',
      `${productId},,revenue,2026-01,100,EUR,billing,csv-1`,
      `${productId},,revenue,2026-13,100,EUR,billing,csv-bad-period`,
      `${productId},,active_customers,2026-01-31,42,customers,crm,csv-2`,
      `not-a-uuid,,nps,2026-01,30,score,survey,csv-bad-product`,
      `${productId},,units_sold,2026-01-15,1.5,units,erp,csv-bad-value`,
      `${productId},2.0.0,"revenue",2026-01,"1,5",EUR,billing,csv-bad-number`,
      `${productId},,revenue,2026-01,100,EUR`,
      `${productId},,nps,2026-01,35,score,survey,"csv-3"`,
      `${productId},,revenue,2026-01,100,EUR,billing,csv-1`,
      '',
    ].join('\n');
    const answer = await call('POST', '/facts', {
      rawBody: csv,
      contentType: 'text/csv',
      headers: integration,
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ received: 9, accepted: 3, duplicates: 1, corrections: 0 });
    expect(
      answer.body.rejected.map(({ line, index }: { line: number; index: number }) => ({ line, index })),
    ).toEqual([
      { line: 3, index: 1 },
      { line: 5, index: 3 },
      { line: 6, index: 4 },
      { line: 7, index: 5 },
      { line: 8, index: 6 },
    ]);
    const reasons = answer.body.rejected.map((row: { reason: string }) => row.reason);
    expect(reasons[0]).toMatch(/^period: /);
    expect(reasons[1]).toMatch(/^productId: /);
    expect(reasons[2]).toMatch(/value: units_sold is a whole number/);
    expect(reasons[3]).toMatch(/^value: /);
    expect(reasons[4]).toMatch(/expected 8 cells/);

    expect((await currentFacts(productId)).map((fact) => fact.external_id)).toEqual([
      'csv-1',
      'csv-2',
      'csv-3',
    ]);
    const bad = await analytics.db.pool.query(
      `SELECT count(*)::int AS n FROM facts WHERE external_id LIKE 'csv-bad-%'`,
    );
    expect(bad.rows[0].n).toBe(0);
  });

  it('reports bad JSON elements with their line and writes nothing of them', async () => {
    const productId = randomUUID();
    const body = `[\n  {"productId": "${productId}", "metric": "nps", "period": "2026-02", "value": 20, "unit": "score", "source": "survey", "externalId": "j-1"},\n  {"productId": "${productId}", "metric": "nps", "period": "2026-02", "value": 20, "unit": "percent", "source": "survey", "externalId": "j-bad"},\n  {"broken": },\n  "text"\n]`;
    const answer = await call('POST', '/facts', { rawBody: body, headers: integration });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ received: 4, accepted: 1 });
    expect(answer.body.rejected).toEqual([
      { line: 3, index: 1, reason: expect.stringContaining("unit: nps is reported in 'score'") },
      { line: 4, index: 2, reason: 'not valid JSON' },
      { line: 5, index: 3, reason: expect.stringContaining('a fact is an object') },
    ]);
    expect((await currentFacts(productId)).map((fact) => fact.external_id)).toEqual(['j-1']);
  });

  it('refuses a body it cannot read at all, an unsupported type and more than 50,000 rows, writing nothing', async () => {
    const notArray = await call('POST', '/facts', {
      body: { productId: randomUUID() },
      headers: integration,
    });
    expect(notArray.status).toBe(400);
    expect(notArray.headers.get('content-type')).toContain('application/problem+json');

    const badHeader = await call('POST', '/facts', {
      rawBody: 'product,colour\n1,2\n',
      contentType: 'text/csv',
      headers: integration,
    });
    expect(badHeader.status).toBe(400);
    expect(badHeader.body.detail).toContain('unknown CSV column');

    const xml = await call('POST', '/facts', {
      rawBody: '<facts/>',
      contentType: 'application/xml',
      headers: integration,
    });
    expect(xml.status).toBe(415);

    const productId = randomUUID();
    const lines = ['productId,metric,period,value,unit,source,externalId'];
    for (let i = 0; i <= 50_000; i++) lines.push(`${productId},units_sold,2026-01-01,${i},units,bulk,${i}`);
    const tooMany = await call('POST', '/facts', {
      rawBody: lines.join('\n'),
      contentType: 'text/csv',
      headers: integration,
    });
    expect(tooMany.status).toBe(413);
    expect(await currentFacts(productId)).toEqual([]);
  });

  it('takes exactly 50,000 rows in one request', async () => {
    const productId = randomUUID();
    const facts = Array.from({ length: 50_000 }, (_, i) => ({
      productId,
      metric: 'support_tickets',
      period: `2025-${String((i % 12) + 1).padStart(2, '0')}-01`,
      value: 1,
      unit: 'tickets',
      source: 'desk',
      externalId: `t-${i}`,
    }));
    const answer = await call('POST', '/facts', { body: facts, headers: integration });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      received: 50_000,
      accepted: 50_000,
      duplicates: 0,
      corrections: 0,
      rejected: [],
      chunks: 5,
    });
    const year = await call(
      'GET',
      `/analytics/performance?productId=${productId}&metric=support_tickets&from=2025-01&to=2025-12`,
      { headers: analyst },
    );
    expect(year.body.points).toHaveLength(12);
    expect(year.body.points.reduce((total: number, p: { value: number }) => total + p.value, 0)).toBe(50_000);
  });

  it('lets only integration and admin ingest', async () => {
    const fact = [
      {
        productId: randomUUID(),
        metric: 'nps',
        period: '2026-01',
        value: 1,
        unit: 'score',
        source: 's',
        externalId: 'x',
      },
    ];
    expect((await call('POST', '/facts', { body: fact })).status).toBe(401);
    expect((await call('POST', '/facts', { body: fact, headers: analyst })).status).toBe(403);
    expect(
      (await call('POST', '/facts', { body: fact, headers: await analytics.auth('admin') })).status,
    ).toBe(200);
  });

  it('documents the ingest and query API in its OpenAPI document', async () => {
    const { status, body } = await call('GET', '/docs-json');
    expect(status).toBe(200);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/facts',
        '/analytics/portfolio',
        '/analytics/performance',
        '/analytics/lifecycle-flow',
        '/analytics/request-demand',
        '/analytics/business-cases',
        '/analytics/projections/{name}/rebuild',
      ]),
    );
    expect(Object.keys(body.paths['/facts'].post.requestBody.content)).toEqual([
      'application/json',
      'text/csv',
    ]);
  });
});
