import os from 'node:os';
import { benchSettings, type BenchSettings } from '../event-store/bench-settings';
import { analyticsBenchPlan, type AnalyticsBenchPlan } from './analytics-plan';
import { createAnalyticsBenchEnvironment } from './analytics-environment';
import type { AnalyticsBenchContext, AnalyticsMeasureEntry, MeasureOutput } from './bench-context';
import { runFreshnessMeasure } from './measures/freshness-measure';
import { runIngestMeasures } from './measures/ingest-measures';
import { runQueryMeasures } from './measures/query-measures';
import { startServiceProcess, type ServiceProcess } from './service-process';

/** The analytics measure families (`--only analytics.ingest,analytics.query,analytics.freshness`). */
export const analyticsFamilies = ['ingest', 'query', 'freshness'] as const;
export type AnalyticsFamily = (typeof analyticsFamilies)[number];

export interface AnalyticsBenchOptions {
  readonly quick?: boolean;
  /** Default: every family. */
  readonly families?: readonly AnalyticsFamily[];
  readonly log?: (line: string) => void;
  readonly settings?: BenchSettings;
}

export interface AnalyticsBenchRun {
  readonly results: Record<string, AnalyticsMeasureEntry>;
  readonly details: Record<string, unknown>;
  readonly plan: AnalyticsBenchPlan;
  readonly startedAt: string;
  readonly finishedAt: string;
}

/**
 * The analytics benchmark: ingest throughput against COPY, query latency over a seeded read model, and
 * freshness from a catalogue command to the portfolio. One run = one throwaway analytics database (and one
 * for the catalogue), topics and consumer groups of its own on the given broker, the analytics service in
 * its own process for the whole run; everything is removed at the end, also on failure or Ctrl-C.
 */
export async function runAnalyticsBench(options: AnalyticsBenchOptions = {}): Promise<AnalyticsBenchRun> {
  const settings = options.settings ?? benchSettings();
  const plan = analyticsBenchPlan(options.quick ?? false);
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const families = options.families ?? analyticsFamilies;
  const startedAt = new Date().toISOString();
  const runStarted = Date.now();
  const elapsed = () => `${Math.round((Date.now() - runStarted) / 1000)}s`;

  const env = await createAnalyticsBenchEnvironment(settings);
  let analytics: ServiceProcess | undefined;
  const cleanUp = async () => {
    await analytics?.stop().catch((error: Error) => log(`  ${error.message}`));
    await env.cleanUp();
  };
  const onSignal = () => {
    log('interrupted: stopping the services, dropping the bench databases and topics ...');
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  const results: Record<string, AnalyticsMeasureEntry> = {};
  const details: Record<string, unknown> = {};
  try {
    log(
      `analytics: database ${env.analyticsDb.name}, broker ${settings.brokers.join(',')}; starting the service ...`,
    );
    analytics = await startServiceProcess({ service: 'analytics', env: env.analyticsEnv });
    const ctx: AnalyticsBenchContext = { plan, env, analytics, log };
    const measures: Record<AnalyticsFamily, (c: AnalyticsBenchContext) => Promise<MeasureOutput>> = {
      ingest: runIngestMeasures,
      query: runQueryMeasures,
      freshness: runFreshnessMeasure,
    };
    for (const family of analyticsFamilies) {
      if (!families.includes(family)) continue;
      // The machine is shared: the load when a family starts says how much to trust its figures.
      const loadAverage1m = Math.round(os.loadavg()[0] * 100) / 100;
      log(`[analytics ${family}] (${elapsed()} elapsed, load average ${loadAverage1m})`);
      const output = await measures[family](ctx);
      Object.assign(results, output.results);
      details[family] = { loadAverage1mAtStart: loadAverage1m, ...output.details };
    }
  } finally {
    process.removeListener('SIGINT', onSignal);
    log(`analytics: cleaning up (${elapsed()} elapsed) ...`);
    await cleanUp();
  }
  return { results, details, plan, startedAt, finishedAt: new Date().toISOString() };
}
