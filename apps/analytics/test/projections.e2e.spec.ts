import { waitFor, httpClient } from '@product-ledger/testing';
import { revenueWindow } from '../src/domain/reporting/revenue-window';
import { startAnalytics, type AnalyticsTestApp } from './analytics-test-app';
import { eventProducer } from './event-producer';
import { portfolioStory } from './portfolio-story';

/**
 * Read models fed by real events on the broker (produced here the way the other services' relays do),
 * read back through the query API, and rebuilt from the topics into exactly the same rows.
 */
describe('analytics projections', () => {
  let analytics: AnalyticsTestApp;
  let call: ReturnType<typeof httpClient>;
  let analyst: Record<string, string>;
  const story = portfolioStory();
  const factMonths = ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12'];

  beforeAll(async () => {
    analytics = await startAnalytics();
    call = httpClient(analytics.baseUrl);
    analyst = await analytics.auth('analyst');
    const producer = await eventProducer();
    try {
      await producer.send(analytics.topics.catalogueProductLine, story.lines);
      await producer.send(analytics.topics.catalogueProduct, story.products);
      await producer.send(analytics.topics.lifecycle, story.lifecycles);
      await producer.send(analytics.topics.requests, story.requestEvents);
    } finally {
      await producer.stop();
    }
    const facts = factMonths.flatMap((month, i) => [
      {
        productId: story.productA,
        metric: 'revenue',
        period: month,
        value: 10000,
        unit: 'EUR',
        source: 'billing',
        externalId: `rev-${month}`,
      },
      {
        productId: story.productA,
        metric: 'active_customers',
        period: `${month}-28`,
        value: 40 + i,
        unit: 'customers',
        source: 'crm',
        externalId: `ac-${month}`,
      },
      {
        productId: story.productA,
        metric: 'nps',
        period: month,
        value: 30 + i,
        unit: 'score',
        source: 'survey',
        externalId: `nps-${month}`,
      },
    ]);
    const ingest = await call('POST', '/facts', {
      body: facts,
      headers: await analytics.auth('integration'),
    });
    expect(ingest.body).toMatchObject({ accepted: facts.length, rejected: [] });
    await waitForCaughtUp();
  });

  afterAll(async () => {
    await analytics?.stop();
  });

  async function waitForCaughtUp(): Promise<void> {
    await waitFor(
      async () => {
        const { body } = await call('GET', '/analytics/projections', { headers: analyst });
        return (
          Array.isArray(body) &&
          body
            .filter((p: { source: string }) => p.source === 'kafka')
            .every(
              (p: { progress: { caughtUp: boolean; total: number } }) =>
                p.progress.caughtUp && p.progress.total > 0,
            )
        );
      },
      { timeoutMs: 120_000, description: 'every projection caught up with its topics' },
    );
  }

  it('keeps one portfolio row per product with line, owner, stage and since when, versions, requests and key metrics', async () => {
    const { status, body } = await call('GET', '/analytics/portfolio', { headers: analyst });
    expect(status).toBe(200);
    expect(body.asOf).toBeNull();
    const a = body.products.find((p: { productId: string }) => p.productId === story.productA);
    const window = revenueWindow(new Date());
    const monthsInWindow = factMonths.filter(
      (month) => `${month}-01` >= window.from && `${month}-01` < window.to,
    ).length;
    expect(a).toEqual({
      productId: story.productA,
      code: story.codeA,
      name: 'Shelf Insights Pro',
      lineId: story.lineId,
      lineName: 'Retail Cloud',
      ownerId: 'alice',
      kind: 'software',
      market: 'b2b',
      status: 'active',
      stage: 'in_life',
      stageSince: '2025-07-01T09:00:00.000Z',
      versions: [
        { version: '1.0.0', targetDate: '2025-06-30', releasedAt: '2025-07-01T10:00:00.000Z', stage: null },
      ],
      openRequests: 2,
      acceptedRequests: 1,
      revenueLast12Months: monthsInWindow === 0 ? [] : [{ currency: 'EUR', amount: 10000 * monthsInWindow }],
      activeCustomers: 45,
      nps: 35,
    });
    const b = body.products.find((p: { productId: string }) => p.productId === story.productB);
    expect(b).toMatchObject({
      name: 'Queue Buster',
      stage: 'killed',
      stageSince: '2025-03-15T09:00:00.000Z',
      openRequests: 0,
      acceptedRequests: 0,
    });

    const killed = await call('GET', '/analytics/portfolio?stage=killed', { headers: analyst });
    expect(killed.body.products.map((p: { productId: string }) => p.productId)).toEqual([story.productB]);
    const byStage = await call('GET', `/analytics/portfolio?lineId=${story.lineId}&groupBy=stage`, {
      headers: analyst,
    });
    expect(byStage.body.groups.map((g: { key: string; products: number }) => [g.key, g.products])).toEqual([
      ['in_life', 1],
      ['killed', 1],
    ]);
  });

  it('lists with mine=true only the products I own or take part in, in pages, groups and CSV', async () => {
    const codes = async (subject: string, extra = '') => {
      const answer = await call('GET', `/analytics/portfolio?mine=true${extra}`, {
        headers: await analytics.authAs(subject, 'product_manager'),
      });
      expect(answer.status).toBe(200);
      return answer.body;
    };
    await waitFor(async () => (await codes('alice')).products.map((p: { code: string }) => p.code).join() === story.codeA, {
      timeoutMs: 60_000,
      description: "alice's products",
    });
    expect((await codes('bob')).products.map((p: { code: string }) => p.code)).toEqual([story.codeB]);
    expect((await codes('nobody')).products).toEqual([]);
    const groups = await codes('alice', '&groupBy=stage');
    expect(groups.groups.reduce((sum: number, g: { products: number }) => sum + g.products, 0)).toBe(1);
    const csv = await fetch(`${analytics.baseUrl}/analytics/portfolio?mine=true`, {
      headers: { ...(await analytics.authAs('bob', 'analyst')), accept: 'text/csv' },
    }).then((response) => response.text());
    expect(csv).toContain(story.codeB);
    expect(csv).not.toContain(story.codeA);
  });

  it('keeps the stage history with validity intervals', async () => {
    const { rows } = await analytics.db.pool.query(
      `SELECT stage, valid_from, valid_to FROM portfolio_stage_history WHERE product_id = $1 ORDER BY entry_no`,
      [story.productA],
    );
    expect(
      rows.map((row) => [row.stage, row.valid_from.toISOString(), row.valid_to?.toISOString() ?? null]),
    ).toEqual([
      ['innovation', '2025-01-05T10:00:01.000Z', '2025-02-10T09:00:00.000Z'],
      ['analysis', '2025-02-10T09:00:00.000Z', '2025-03-20T09:00:00.000Z'],
      ['development', '2025-03-20T09:00:00.000Z', '2025-06-01T09:00:00.000Z'],
      ['go_to_market', '2025-06-01T09:00:00.000Z', '2025-07-01T09:00:00.000Z'],
      ['in_life', '2025-07-01T09:00:00.000Z', null],
    ]);
  });

  it('answers asOf a past date with the portfolio as it was then: stage, name, products that existed, requests', async () => {
    const march = await call('GET', '/analytics/portfolio?asOf=2025-03-01', { headers: analyst });
    expect(march.status).toBe(200);
    expect(march.body.asOf).toBe('2025-03-01T23:59:59.999Z');
    expect(
      march.body.products.map(
        (p: { productId: string; name: string; stage: string; stageSince: string; openRequests: number }) => [
          p.productId,
          p.name,
          p.stage,
          p.stageSince,
          p.openRequests,
        ],
      ),
    ).toEqual([
      [story.productB, 'Queue Buster', 'innovation', '2025-02-01T10:00:01.000Z', 0],
      [story.productA, 'Shelf Insights', 'analysis', '2025-02-10T09:00:00.000Z', 1],
    ]);

    const january = await call('GET', '/analytics/portfolio?asOf=2025-01-10', { headers: analyst });
    expect(
      january.body.products.map((p: { productId: string; stage: string }) => [p.productId, p.stage]),
    ).toEqual([[story.productA, 'innovation']]);

    const instant = await call(
      'GET',
      `/analytics/portfolio?asOf=${encodeURIComponent('2025-03-20T08:59:59.999Z')}`,
      { headers: analyst },
    );
    expect(
      instant.body.products.find((p: { productId: string }) => p.productId === story.productA).stage,
    ).toBe('analysis');
    const atDecision = await call(
      'GET',
      `/analytics/portfolio?asOf=${encodeURIComponent('2025-03-20T09:00:00.000Z')}`,
      { headers: analyst },
    );
    expect(
      atDecision.body.products.find((p: { productId: string }) => p.productId === story.productA).stage,
    ).toBe('development');

    const before = await call('GET', '/analytics/portfolio?asOf=2024-12-31', { headers: analyst });
    expect(before.body.products).toEqual([]);

    const inLifeThen = await call('GET', '/analytics/portfolio?asOf=2025-05-01&stage=development', {
      headers: analyst,
    });
    expect(inLifeThen.body.products.map((p: { productId: string }) => p.productId)).toEqual([story.productA]);
    expect(inLifeThen.body.products[0].versions).toEqual([
      { version: '1.0.0', targetDate: '2025-06-30', releasedAt: null, stage: null },
    ]);
  });

  it('answers CSV when asked, and 400 for a bad asOf', async () => {
    const csv = await call('GET', `/analytics/portfolio?lineId=${story.lineId}`, {
      headers: { ...analyst, accept: 'text/csv' },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (csv.body as string).trim().split('\r\n');
    expect(lines[0]).toMatch(/^groupBy,key,label,productId,code,name,/);
    expect(lines).toHaveLength(3);
    expect(lines.some((line) => line.includes('Shelf Insights Pro') && line.includes('in_life'))).toBe(true);

    const bad = await call('GET', '/analytics/portfolio?asOf=yesterday', { headers: analyst });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ path: 'asOf' })]);
    expect(
      (await call('GET', '/analytics/portfolio', { headers: await analytics.auth('sales') })).status,
    ).toBe(403);
  });

  it('rolls performance up per month and per line and stage', async () => {
    const byLine = await call(
      'GET',
      `/analytics/performance?lineId=${story.lineId}&metric=revenue&from=2025-01&to=2025-12`,
      { headers: analyst },
    );
    expect(byLine.body.points.map((p: { period: string; value: number }) => [p.period, p.value])).toEqual(
      factMonths.map((m) => [m, 10000]),
    );
    const inLife = await call(
      'GET',
      '/analytics/performance?stage=in_life&metric=active_customers&granularity=day',
      { headers: analyst },
    );
    expect(inLife.body.points.map((p: { period: string; value: number }) => [p.period, p.value])).toEqual(
      factMonths.map((m, i) => [`${m}-28`, 40 + i]),
    );
    const development = await call('GET', '/analytics/performance?stage=development&metric=revenue', {
      headers: analyst,
    });
    expect(development.body.points).toEqual([]);
    const both = await call(
      'GET',
      `/analytics/performance?productId=${story.productA}&lineId=${story.lineId}`,
      { headers: analyst },
    );
    expect(both.status).toBe(400);
  });

  it('reports request demand, lifecycle flow and business case against actuals', async () => {
    const demand = await call('GET', `/analytics/request-demand?productId=${story.productA}`, {
      headers: analyst,
    });
    expect(demand.body.products).toEqual([
      expect.objectContaining({
        productId: story.productA,
        productCode: story.codeA,
        requests: 3,
        open: 2,
        accepted: 1,
        declined: 0,
        revenueWeightedDemand: 4_500_000,
        accounts: 3,
        rhinoShare: 1 / 3,
        timeToDecision: { decided: 1, averageDays: 10, medianDays: 10 },
      }),
    ]);
    const all = await call('GET', '/analytics/request-demand', { headers: analyst });
    expect(
      all.body.products.find((p: { productId: string }) => p.productId === story.productB),
    ).toMatchObject({ requests: 1, declined: 1, revenueWeightedDemand: 0 });

    const flow = await call('GET', '/analytics/lifecycle-flow?from=2025-01&to=2025-12', { headers: analyst });
    expect(flow.status).toBe(200);
    const innovation = flow.body.timeInStage.find((s: { stage: string }) => s.stage === 'innovation');
    expect(innovation.count).toBe(2);
    expect(innovation.averageDays).toBeCloseTo(
      ((Date.parse('2025-02-10T09:00:00Z') - Date.parse('2025-01-05T10:00:01Z')) / 864e5 +
        (Date.parse('2025-03-15T09:00:00Z') - Date.parse('2025-02-01T10:00:01Z')) / 864e5) /
        2,
      6,
    );
    expect(flow.body.timeInStage.find((s: { stage: string }) => s.stage === 'in_life')).toMatchObject({
      count: 0,
      inStageNow: 1,
    });
    expect(flow.body.gates).toEqual([
      expect.objectContaining({
        gate: 'analysis',
        decisions: 2,
        go: 1,
        kill: 1,
        passRate: 0.5,
        killRate: 0.5,
      }),
      expect.objectContaining({ gate: 'development', decisions: 1, go: 1, kill: 0, killRate: 0 }),
      expect.objectContaining({ gate: 'in_life', decisions: 1, go: 1 }),
    ]);
    expect(flow.body.cycleTime.count).toBe(1);
    expect(flow.body.cycleTime.averageDays).toBeCloseTo(
      (Date.parse('2025-07-01T09:00:00Z') - Date.parse('2025-01-05T10:00:01Z')) / 864e5,
      6,
    );
    const flowCsv = await call('GET', '/analytics/lifecycle-flow?from=2025-01&to=2025-12', {
      headers: { ...analyst, accept: 'text/csv' },
    });
    expect((flowCsv.body as string).split('\r\n')[0]).toMatch(/^section,stage,gate,count,/);

    const cases = await call('GET', `/analytics/business-cases?productId=${story.productA}`, {
      headers: analyst,
    });
    expect(cases.body.businessCases).toEqual([
      expect.objectContaining({
        productId: story.productA,
        status: 'approved',
        approvedAt: '2025-03-20T09:00:00.000Z',
        launchedAt: '2025-07-01T09:00:00.000Z',
        currency: 'EUR',
        investment: 100000,
        forecastTotal: 370000,
        actualTotal: 60000,
      }),
    ]);
    expect(
      cases.body.businessCases[0].years.map(
        (y: { year: number; forecast: number; actual: number; from: string }) => [
          y.year,
          y.from,
          y.forecast,
          y.actual,
        ],
      ),
    ).toEqual([
      [1, '2025-07-01', 50000, 60000],
      [2, '2026-07-01', 120000, 0],
      [3, '2027-07-01', 200000, 0],
    ]);
  });

  it('rebuilds every read model from its topics (or the facts) into exactly the rows the live projections wrote', async () => {
    const admin = await analytics.auth('admin');
    const tables = [
      'portfolio_products',
      'portfolio_product_history',
      'portfolio_stage_history',
      'portfolio_versions',
      'portfolio_lines',
      'portfolio_request_history',
      'flow_lifecycles',
      'flow_stage_intervals',
      'flow_gate_reviews',
      'demand_requests',
      'demand_request_accounts',
      'business_cases',
      'performance_daily',
      'performance_monthly',
      'performance_line_monthly',
      'product_figures',
    ];
    const snapshot = async () => {
      const dump: Record<string, string[]> = {};
      for (const table of tables) {
        const { rows } = await analytics.db.pool.query<{ row: string }>(
          `SELECT to_jsonb(t)::text AS row FROM ${table} t ORDER BY 1`,
        );
        dump[table] = rows.map((r) => r.row);
      }
      return dump;
    };
    // The request counts kept on each product's row are its current request rows by status.
    const countsOffHistory = async () =>
      (
        await analytics.db.pool.query(
          `SELECT p.product_id, p.open_requests, p.accepted_requests, h.open_requests AS open_in_history,
                  h.accepted_requests AS accepted_in_history
             FROM portfolio_products p
             FULL JOIN (SELECT product_id, count(*) FILTER (WHERE status IN ('open', 'deferred'))::int AS open_requests,
                               count(*) FILTER (WHERE status = 'accepted')::int AS accepted_requests
                          FROM portfolio_request_history WHERE valid_to IS NULL AND product_id IS NOT NULL
                         GROUP BY product_id) h USING (product_id)
            WHERE (p.open_requests, p.accepted_requests) IS DISTINCT FROM (COALESCE(h.open_requests, 0), COALESCE(h.accepted_requests, 0))`,
        )
      ).rows;
    expect(await countsOffHistory()).toEqual([]);
    expect(
      (
        await analytics.db.pool.query(
          'SELECT sum(open_requests + accepted_requests)::int AS n FROM portfolio_products',
        )
      ).rows[0].n,
    ).toBeGreaterThan(0);
    const live = await snapshot();
    expect(Object.values(live).every((rows) => rows.length > 0)).toBe(true);
    // Damage every read model, so only a real rebuild can bring the rows back.
    await analytics.db.pool.query(`
      UPDATE portfolio_products SET name = 'damaged'; DELETE FROM portfolio_stage_history WHERE entry_no > 1;
      DELETE FROM flow_gate_reviews; DELETE FROM demand_request_accounts; UPDATE business_cases SET launched_at = NULL;
      DELETE FROM performance_daily; UPDATE performance_monthly SET value_sum = 0; UPDATE product_figures SET nps = -1;
      UPDATE performance_line_monthly SET products = products + 1; UPDATE portfolio_products SET open_requests = 9`);
    expect(await snapshot()).not.toEqual(live);

    expect(
      (await call('POST', '/analytics/projections/portfolio/rebuild', { headers: analyst })).status,
    ).toBe(403);
    expect((await call('POST', '/analytics/projections/nonsense/rebuild', { headers: admin })).status).toBe(
      404,
    );

    for (const name of ['portfolio', 'lifecycle-flow', 'request-demand', 'business-cases', 'performance']) {
      const started = await call('POST', `/analytics/projections/${name}/rebuild`, { headers: admin });
      expect(started.status).toBe(202);
      expect(started.headers.get('location')).toBe(`/analytics/projections/${name}`);
      expect(started.body).toMatchObject({
        projection: name,
        status: 'running',
        requestedBy: 'tester-admin',
      });
      const done = await waitFor(
        async () => {
          const { body } = await call('GET', `/analytics/projections/${name}`, { headers: admin });
          return body.lastRebuild?.status === 'completed' ? body : undefined;
        },
        { timeoutMs: 120_000, description: `rebuild of ${name}` },
      );
      expect(done.lastRebuild).toMatchObject({ rebuildId: started.body.rebuildId, ratio: 1 });
      expect(done.lastRebuild.applied).toBeGreaterThan(0);
      expect(done.lastRebuild.applied).toBe(done.lastRebuild.total);
    }
    expect(await snapshot()).toEqual(live);
    expect(await countsOffHistory()).toEqual([]);
  });
});
