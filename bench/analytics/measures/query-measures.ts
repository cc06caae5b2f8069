import { performance } from 'node:perf_hooks';
import type { AnalyticsBenchContext, AnalyticsMeasureEntry, MeasureOutput } from '../bench-context';
import { expectJson, timedRequest } from '../http';
import { seedReadModel, vacuumAnalyze } from '../seed-read-model';
import { percentile, ratio, round } from '../stats';
import { portfolioPageSize } from '../../../apps/analytics/src/domain/reporting/portfolio-page';

interface QueryCase {
  /** Prefix of the measures in the results file. */
  readonly measure: string;
  /** Target p95 in ms, the "baseline" of the entry. */
  readonly targetMs: number;
  /** The i-th request's path. */
  readonly path: (i: number) => string;
  /** Checks an answer (once, on the first sample) so a fast error page is never timed as a result. */
  readonly check: (body: unknown) => string | undefined;
}

const monthOf = (date: Date, back: number) => {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - back, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

/**
 * Latency of the analysts' queries over a large read model: the portfolio (target p95 < 50 ms) and the
 * 12-month performance rollup of a line (target p95 < 100 ms). The read model is seeded straight into the
 * tables (see seed-read-model.ts; it bypasses ingest), the service rebuilds the performance rollups (the line
 * rollups with them) from the seeded facts, and then each query runs `querySamples` times one after the other over HTTP (fewer, but
 * at least `queryMinSamples`, when a query is so slow that sampling it exceeds `queryBudgetSeconds`).
 */
export async function runQueryMeasures(ctx: AnalyticsBenchContext): Promise<MeasureOutput> {
  const { plan, env, analytics } = ctx;
  const pool = env.analyticsDb.pool;
  const today = new Date();
  // The ingest measures' facts go: the query measures see exactly the seeded read model.
  await pool.query('TRUNCATE facts, performance_daily, performance_monthly RESTART IDENTITY');

  ctx.log(
    `  seeding ${plan.products.toLocaleString('en-US')} products and ${plan.facts.toLocaleString('en-US')} facts ` +
      '(INSERT ... SELECT generate_series straight into the tables; bypasses ingest) ...',
  );
  let started = performance.now();
  const seeded = await seedReadModel(pool, {
    products: plan.products,
    facts: plan.facts,
    productsPerLine: plan.productsPerLine,
    today,
  });
  const seedSeconds = (performance.now() - started) / 1000;
  ctx.log(
    `  seeded in ${seedSeconds.toFixed(1)} s; rebuilding the performance rollups through the service ...`,
  );
  started = performance.now();
  const admin = await env.auth('admin');
  await expectJson(
    `${analytics.baseUrl}/analytics/projections/performance/rebuild`,
    { method: 'POST', headers: admin },
    202,
  );
  await waitForRebuild(ctx, admin);
  const rollupSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  await vacuumAnalyze(pool);
  const vacuumSeconds = (performance.now() - started) / 1000;
  const counts = await tableCounts(pool);
  ctx.log(
    `  rollups rebuilt in ${rollupSeconds.toFixed(1)} s, VACUUM ANALYZE ${vacuumSeconds.toFixed(1)} s; ` +
      Object.entries(counts)
        .map(([table, n]) => `${table} ${n.toLocaleString('en-US')}`)
        .join(', '),
  );

  const from = monthOf(today, 11);
  const to = monthOf(today, 0);
  const line = (i: number) => seeded.lineIds[i % seeded.lineIds.length];
  const cases: QueryCase[] = [
    {
      measure: 'query_portfolio',
      targetMs: 50,
      // The first page (100 products by name, the default); the whole portfolio is 6 MB of JSON, whose
      // JSON.stringify alone takes about 40 ms (bench/README.md).
      path: () => '/analytics/portfolio',
      check: (body) => {
        const page = body as { products?: unknown[]; nextCursor?: string };
        const expected = Math.min(plan.products, portfolioPageSize.default);
        return page.products?.length === expected &&
          (page.nextCursor !== undefined) === plan.products > expected
          ? undefined
          : `${page.products?.length} products (next: ${page.nextCursor}), expected a page of ${expected}`;
      },
    },
    {
      measure: 'query_portfolio_line',
      targetMs: 50,
      path: (i) => `/analytics/portfolio?lineId=${line(i)}`,
      check: (body) =>
        ((body as { products?: unknown[] }).products?.length ?? 0) > 0
          ? undefined
          : 'no products in the line',
    },
    {
      measure: 'query_portfolio_by_stage',
      targetMs: 50,
      path: () => '/analytics/portfolio?groupBy=stage',
      check: (body) => (((body as { groups?: unknown[] }).groups?.length ?? 0) > 0 ? undefined : 'no groups'),
    },
    {
      measure: 'query_performance_line_12m',
      targetMs: 100,
      path: (i) => `/analytics/performance?lineId=${line(i)}&granularity=month&from=${from}&to=${to}`,
      check: (body) => {
        const points = (body as { points?: unknown[] }).points?.length ?? 0;
        return points >= 12 ? undefined : `${points} points, expected 12 months of several metrics`;
      },
    },
  ];

  const headers = await env.auth('analyst');
  const results: Record<string, AnalyticsMeasureEntry> = {};
  const details: Record<string, unknown> = {
    seeded: { ...counts, lines: seeded.lines, factsPerProduct: seeded.factsPerProduct },
    seedSeconds: round(seedSeconds, 1),
    rollupRebuildSeconds: round(rollupSeconds, 1),
    vacuumAnalyzeSeconds: round(vacuumSeconds, 1),
    performanceRange: { from, to },
  };
  for (const query of cases) {
    const samples: number[] = [];
    let bytes = 0;
    const budgetEnds = performance.now() + plan.queryBudgetSeconds * 1000;
    const enough = () =>
      samples.length >= plan.querySamples ||
      (samples.length >= plan.queryMinSamples && performance.now() > budgetEnds);
    for (let i = 0; !enough(); i++) {
      const answer = await timedRequest(`${analytics.baseUrl}${query.path(i)}`, { headers });
      if (answer.status !== 200)
        throw new Error(`${query.path(i)}: ${answer.status} ${answer.text.slice(0, 300)}`);
      if (i === 0) {
        const problem = query.check(JSON.parse(answer.text));
        if (problem) throw new Error(`${query.path(i)}: ${problem}`);
        bytes = answer.text.length;
      }
      if (i >= plan.queryWarmup) samples.push(answer.ms);
    }
    const p50 = round(percentile(samples, 50));
    const p95 = round(percentile(samples, 95));
    results[`${query.measure}_p50`] = {
      ours: p50,
      baseline: query.targetMs,
      ratio: ratio(query.targetMs, p50),
      unit: 'ms',
    };
    results[`${query.measure}_p95`] = {
      ours: p95,
      baseline: query.targetMs,
      ratio: ratio(query.targetMs, p95),
      unit: 'ms',
    };
    details[query.measure] = {
      samples: samples.length,
      responseBytes: bytes,
      p50,
      p95,
      p99: round(percentile(samples, 99)),
      max: round(Math.max(...samples)),
      example: query.path(0),
    };
    ctx.log(
      `  ${query.measure.padEnd(28)} p50 ${String(p50).padStart(7)} ms  p95 ${String(p95).padStart(7)} ms  ` +
        `(target p95 < ${query.targetMs} ms: ${p95 < query.targetMs ? 'met' : 'MISSED'}; ${samples.length} samples, ` +
        `${Math.round(bytes / 1024).toLocaleString('en-US')} kB answer)`,
    );
  }
  return { results, details };
}

async function waitForRebuild(ctx: AnalyticsBenchContext, headers: Record<string, string>): Promise<void> {
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    const state = await expectJson<{ lastRebuild: { status: string; error: string | null } | null }>(
      `${ctx.analytics.baseUrl}/analytics/projections/performance`,
      { headers },
      200,
    );
    if (state.lastRebuild?.status === 'completed') return;
    if (state.lastRebuild?.status === 'failed')
      throw new Error(`performance rebuild failed: ${state.lastRebuild.error}`);
    if (Date.now() > deadline) throw new Error('performance rebuild did not finish within 30 minutes');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function tableCounts(
  pool: AnalyticsBenchContext['env']['analyticsDb']['pool'],
): Promise<Record<string, number>> {
  const tables = [
    'portfolio_products',
    'facts',
    'performance_daily',
    'performance_monthly',
    'performance_line_monthly',
    'product_figures',
    'portfolio_request_history',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await pool.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`);
    counts[table] = Number(rows[0].n);
  }
  return counts;
}
