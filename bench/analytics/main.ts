import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatAnalyticsTable } from './report';
import { analyticsFamilies, runAnalyticsBench, type AnalyticsFamily } from './run-analytics-bench';

export interface AnalyticsMainOptions {
  /** Where a full run writes analytics.json (bench/results). */
  readonly resultsDir: string;
  /** Where a --quick or partial run writes its figures instead (kept out of bench/results). */
  readonly scratchResultsDir: string;
}

/**
 * The analytics families an `--only` list asks for: `analytics` = all of them, `analytics.<family>` one.
 * Undefined = no `--only`, run everything.
 */
export function analyticsFamiliesOf(only: readonly string[] | undefined): AnalyticsFamily[] | undefined {
  if (!only) return undefined;
  if (only.includes('analytics')) return [...analyticsFamilies];
  return analyticsFamilies.filter((family) => only.includes(`analytics.${family}`));
}

/** True when `--only` names analytics measures and nothing else (bench/run.mjs then skips the event store). */
export function onlyAnalytics(argv: readonly string[]): boolean {
  const only = onlyList(argv);
  return only !== undefined && only.length > 0 && only.every((name) => name.startsWith('analytics'));
}

function onlyList(argv: readonly string[]): string[] | undefined {
  const arg = argv.find((a) => a.startsWith('--only'));
  if (!arg) return undefined;
  return (arg.includes('=') ? arg.split('=')[1] : (argv[argv.indexOf(arg) + 1] ?? ''))
    .split(',')
    .filter(Boolean);
}

/**
 * `npm run bench [-- --quick] [--only analytics|analytics.ingest,analytics.query,analytics.freshness]`: runs
 * the analytics benchmark, prints the table and writes `analytics.json` (one entry per measure) and
 * `analytics.details.json` (plan, raw figures, environment). Only a full-size run of every analytics family
 * writes to bench/results; anything else goes to the scratch directory.
 */
export async function main(argv: readonly string[], options: AnalyticsMainOptions): Promise<void> {
  const quick = argv.includes('--quick');
  const families = analyticsFamiliesOf(onlyList(argv));
  if (families && families.length === 0) return;
  const loadBefore = os.loadavg();
  const run = await runAnalyticsBench({ quick, families });
  process.stdout.write(
    `\nAnalytics benchmark (${quick ? 'quick smoke run' : 'full run'}):\n${formatAnalyticsTable(run.results)}\n`,
  );
  const complete = !families || families.length === analyticsFamilies.length;
  const dir = quick || !complete ? options.scratchResultsDir : options.resultsDir;
  fs.mkdirSync(dir, { recursive: true });
  const resultsFile = path.join(dir, 'analytics.json');
  fs.writeFileSync(resultsFile, `${JSON.stringify(run.results, null, 2)}\n`);
  const environment = {
    node: process.version,
    cpus: os.cpus().length,
    loadAverageBefore: loadBefore.map((l) => Math.round(l * 100) / 100),
    loadAverageAfter: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
  fs.writeFileSync(
    path.join(dir, 'analytics.details.json'),
    `${JSON.stringify({ startedAt: run.startedAt, finishedAt: run.finishedAt, environment, plan: run.plan, ...run.details }, null, 2)}\n`,
  );
  process.stdout.write(`\nwrote ${path.relative(process.cwd(), resultsFile)}\n`);
}
