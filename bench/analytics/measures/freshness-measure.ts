import { Client } from 'pg';
import { performance } from 'node:perf_hooks';
import type { AnalyticsBenchContext, MeasureOutput } from '../bench-context';
import { expectJson, timedRequest } from '../http';
import { startServiceProcess } from '../service-process';
import { percentile, ratio, round } from '../stats';
import { FillerEvents } from './filler-events';

const TARGET_P99_MS = 250;
const CHANNEL = 'bench_portfolio_renamed';
const REGISTER_CONCURRENCY = 4;
/** After the last command, how long a rename may take to show before it counts as lost. */
const DRAIN_MS = 60_000;

/** One timed rename: performance.now() when sent, when accepted (or acknowledged), when visible. */
interface Rename {
  readonly name: string;
  readonly sentAt: number;
  acceptedAt?: number;
  visibleAt?: number;
  status?: number;
}

/**
 * Freshness: time from a command accepted by the catalogue (its 200 came back) to the change visible in the
 * analytics portfolio, while analytics consumes a steady `freshnessEventRate` events per second.
 *
 * The catalogue runs as its own process on the run's topics; rename commands go through its API at
 * `freshnessCommandRate` on a fixed schedule (open loop: a slow answer does not slow the sender). The rest
 * of the event rate is filler: ProductRenamed events produced straight onto the catalogue topic as the
 * relay writes them (one catalogue process does not take 500 commands/s on this 2-core machine; see
 * bench/README.md). A trigger the bench adds to its throwaway analytics database notifies each new name of
 * a `portfolio_products` row; the notification arrives when the projection's transaction commits, i.e.
 * when a portfolio query would first see the name. The filler events also give the analytics part alone:
 * from producing the event to visible.
 */
export async function runFreshnessMeasure(ctx: AnalyticsBenchContext): Promise<MeasureOutput> {
  const { plan, env } = ctx;
  const catalogueDb = await env.catalogueDb();
  ctx.log('  starting the catalogue (own process, same topics) ...');
  const catalogue = await startServiceProcess({
    service: 'catalogue',
    env: env.catalogueEnv(catalogueDb.url),
  });
  const listener = new Client({ connectionString: env.analyticsDb.url });
  let filler: FillerEvents | undefined;
  try {
    const headers = await env.auth('product_manager');
    const line = await expectJson<{ productLineId: string }>(
      `${catalogue.baseUrl}/product-lines`,
      {
        method: 'POST',
        headers,
        body: { name: 'Freshness bench line', description: 'renamed at a steady rate' },
      },
      201,
    );
    ctx.log(
      `  registering ${plan.freshnessProducts} products through the catalogue and ${plan.fillerProducts} filler products on its topic ...`,
    );
    const productIds = await registerProducts(
      catalogue.baseUrl,
      headers,
      line.productLineId,
      plan.freshnessProducts,
    );
    filler = new FillerEvents(
      env.kafka,
      env.topics.catalogueProduct,
      line.productLineId,
      plan.fillerProducts,
    );
    await filler.connect();
    await filler.registerAll();
    await waitForPortfolio(ctx, [...productIds, ...filler.productIds]);

    await env.analyticsDb.pool.query(`
      CREATE FUNCTION bench_notify_renamed() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN PERFORM pg_notify('${CHANNEL}', NEW.name); RETURN NULL; END $fn$;
      CREATE TRIGGER bench_notify_renamed AFTER UPDATE OF name ON portfolio_products
        FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION bench_notify_renamed();`);
    const byName = new Map<string, Rename>();
    await listener.connect();
    listener.on('notification', (message) => {
      const rename = message.payload === undefined ? undefined : byName.get(message.payload);
      if (rename && rename.visibleAt === undefined) rename.visibleAt = performance.now();
    });
    await listener.query(`LISTEN ${CHANNEL}`);

    const fillerRate = plan.freshnessEventRate - plan.freshnessCommandRate;
    ctx.log(
      `  ${plan.freshnessEventRate} events/s for ${plan.freshnessSeconds} s: ${plan.freshnessCommandRate} rename commands/s ` +
        `through the catalogue + ${fillerRate} filler renames/s onto its topic ...`,
    );
    const commands: Rename[] = [];
    const fills: Rename[] = [];
    const startedAt = performance.now();
    const fillerRun = filler.renameSteadily(fillerRate, plan.freshnessSeconds, (name, at) => {
      const rename: Rename = { name, sentAt: at, acceptedAt: at };
      fills.push(rename);
      byName.set(name, rename);
    });
    const progress = setInterval(() => {
      const visible = commands.filter((r) => r.visibleAt !== undefined).length;
      ctx.log(
        `    ${Math.round((performance.now() - startedAt) / 1000)} s: ${commands.length} commands sent, ${visible} visible; ` +
          `${fills.length} filler events`,
      );
    }, 5_000);
    const sends: Promise<void>[] = [];
    try {
      const total = plan.freshnessCommandRate * plan.freshnessSeconds;
      const interval = 1000 / plan.freshnessCommandRate;
      for (let k = 0; k < total; k++) {
        const dueIn = startedAt + k * interval - performance.now();
        if (dueIn > 0) await new Promise((resolve) => setTimeout(resolve, dueIn));
        const rename: Rename = { name: `Bench rename ${k}`, sentAt: performance.now() };
        commands.push(rename);
        byName.set(rename.name, rename);
        sends.push(
          timedRequest(`${catalogue.baseUrl}/products/${productIds[k % productIds.length]}`, {
            method: 'PATCH',
            headers: { ...headers, 'content-type': 'application/json' },
            body: JSON.stringify({ name: rename.name }),
          }).then(
            (answer) => {
              rename.status = answer.status;
              if (answer.status === 200) rename.acceptedAt = performance.now();
            },
            () => {
              rename.status = 0;
            },
          ),
        );
      }
      await Promise.all(sends);
      await fillerRun;
    } finally {
      clearInterval(progress);
    }
    const loadSeconds = (performance.now() - startedAt) / 1000;
    const accepted = commands.filter((r) => r.acceptedAt !== undefined);
    const drainDeadline = performance.now() + DRAIN_MS;
    while (
      [...accepted, ...fills].some((r) => r.visibleAt === undefined) &&
      performance.now() < drainDeadline
    )
      await new Promise((resolve) => setTimeout(resolve, 20));

    const latencies = (renames: readonly Rename[]) =>
      renames.filter((r) => r.visibleAt !== undefined).map((r) => r.visibleAt! - r.acceptedAt!);
    const freshness = latencies(accepted);
    const fromTopic = latencies(fills);
    const commandMs = accepted.map((r) => r.acceptedAt! - r.sentAt);
    const refused = commands.filter((r) => r.status !== 200);
    const eventRate = (accepted.length + fills.length) / loadSeconds;
    const summary = (values: number[]) => ({
      count: values.length,
      min: round(Math.min(...values)),
      p50: round(percentile(values, 50)),
      p90: round(percentile(values, 90)),
      p95: round(percentile(values, 95)),
      p99: round(percentile(values, 99)),
      max: round(Math.max(...values)),
    });
    const command = summary(freshness);
    const topic = summary(fromTopic);
    ctx.log(
      `  freshness (command accepted -> visible): ${freshness.length} of ${accepted.length} accepted renames seen; ` +
        `p50 ${command.p50} ms, p95 ${command.p95} ms, p99 ${command.p99} ms, max ${command.max} ms ` +
        `(target p99 < ${TARGET_P99_MS} ms: ${command.p99 < TARGET_P99_MS ? 'met' : 'MISSED'})`,
    );
    ctx.log(
      `  from the topic (produced -> visible): ${fromTopic.length} of ${fills.length}; p50 ${topic.p50} ms, p99 ${topic.p99} ms; ` +
        `commands p50 ${round(percentile(commandMs, 50))} ms, p99 ${round(percentile(commandMs, 99))} ms; ` +
        `${Math.round(eventRate)} events/s over ${loadSeconds.toFixed(1)} s`,
    );
    if (refused.length > 0) {
      const statuses = [...new Set(refused.map((r) => r.status))].join(', ');
      ctx.log(`  ${refused.length} commands refused or failed (status ${statuses})`);
    }
    const entry = (ms: number) => ({
      ours: ms,
      baseline: TARGET_P99_MS,
      ratio: ratio(TARGET_P99_MS, ms),
      unit: 'ms',
    });
    return {
      results: {
        freshness_p50: entry(command.p50),
        freshness_p99: entry(command.p99),
        freshness_from_topic_p50: entry(topic.p50),
        freshness_from_topic_p99: entry(topic.p99),
        freshness_event_rate: {
          ours: Math.round(eventRate),
          baseline: plan.freshnessEventRate,
          ratio: ratio(eventRate, plan.freshnessEventRate),
          unit: 'events/s',
        },
      },
      details: {
        path: 'PATCH /products/{id} (catalogue) -> event store -> relay -> Kafka -> analytics portfolio projection',
        eventRate: plan.freshnessEventRate,
        commandRate: plan.freshnessCommandRate,
        fillerRate,
        seconds: plan.freshnessSeconds,
        loadSeconds: round(loadSeconds, 2),
        commands: commands.length,
        accepted: accepted.length,
        refused: refused.length,
        lostCommands: accepted.length - freshness.length,
        fillerEvents: fills.length,
        lostFillerEvents: fills.length - fromTopic.length,
        freshnessMs: command,
        fromTopicMs: topic,
        commandMs: summary(commandMs),
      },
    };
  } finally {
    await listener.end().catch(() => undefined);
    await filler?.disconnect();
    ctx.log('  stopping the catalogue ...');
    await catalogue.stop();
  }
}

async function registerProducts(
  baseUrl: string,
  headers: Record<string, string>,
  productLineId: string,
  count: number,
): Promise<string[]> {
  const ids: string[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const product = await expectJson<{ productId: string }>(
        `${baseUrl}/products`,
        {
          method: 'POST',
          headers,
          body: {
            code: `FRESH${String(i).padStart(5, '0')}`,
            name: `Freshness product ${i}`,
            productLineId,
            kind: 'software',
            market: 'b2b',
            ownerId: 'bench-owner',
          },
        },
        201,
      );
      ids[i] = product.productId;
    }
  };
  await Promise.all(Array.from({ length: REGISTER_CONCURRENCY }, worker));
  return ids;
}

async function waitForPortfolio(ctx: AnalyticsBenchContext, productIds: readonly string[]): Promise<void> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    const { rows } = await ctx.env.analyticsDb.pool.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM portfolio_products WHERE product_id = ANY($1::uuid[]) AND registered_at IS NOT NULL`,
      [productIds],
    );
    if (Number(rows[0].n) === productIds.length) return;
    if (Date.now() > deadline)
      throw new Error(
        `analytics has ${rows[0].n} of ${productIds.length} registered products after 3 minutes`,
      );
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
