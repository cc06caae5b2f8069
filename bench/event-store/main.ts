import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatTable } from './report';
import { publishedFamilies, runEventStoreBench } from './run-event-store-bench';

export interface MainOptions {
  /** Where the full run writes event-store.json (bench/results). */
  readonly resultsDir: string;
  /** Where a quick or partial run writes its figures instead (kept out of bench/results). */
  readonly scratchResultsDir: string;
}

/**
 * `npm run bench [-- --quick] [--only append,relay,projection]`: runs the event store benchmark, prints the
 * table and writes `<resultsDir>/event-store.json` (the medians) and `event-store.trials.json` (every trial).
 * A quick or partial run writes the same files under `scratchResultsDir` instead.
 */
export async function main(argv: readonly string[], options: MainOptions): Promise<void> {
  const quick = argv.includes('--quick');
  const only = optionValue(argv, '--only')?.split(',');
  const trialsValue = optionValue(argv, '--trials');
  const trials = trialsValue ? Number(trialsValue) : undefined;
  const loadBefore = os.loadavg();
  // Full = every published family (listing them all with --only, e.g. to skip other benchmarks, is full too).
  const full = !quick && !trials && (!only || publishedFamilies.every((family) => only.includes(family)));
  const run = await runEventStoreBench({ quick, only, trials });
  const table = formatTable(run.results);
  process.stdout.write(
    `\nEvent store benchmark (${quick ? 'quick smoke run' : full ? 'full run' : 'partial run'}), medians:\n${table}\n`,
  );

  // Only a full run of every measure replaces the published figures.
  const dir = full ? options.resultsDir : options.scratchResultsDir;
  fs.mkdirSync(dir, { recursive: true });
  const resultsFile = path.join(dir, 'event-store.json');
  fs.writeFileSync(resultsFile, `${JSON.stringify(run.results, null, 2)}\n`);
  const environment = {
    node: process.version,
    cpus: os.cpus().length,
    loadAverageBefore: loadAverage(loadBefore),
    loadAverageAfter: loadAverage(os.loadavg()),
  };
  fs.writeFileSync(
    path.join(dir, 'event-store.trials.json'),
    `${JSON.stringify({ startedAt: run.startedAt, finishedAt: run.finishedAt, environment, plan: run.plan, trials: run.trials }, null, 2)}\n`,
  );
  process.stdout.write(`\nwrote ${path.relative(process.cwd(), resultsFile)}\n`);
}

/** `--name value` or `--name=value`. */
function optionValue(argv: readonly string[], name: string): string | undefined {
  const index = argv.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index < 0) return undefined;
  return argv[index].includes('=') ? argv[index].slice(name.length + 1) : argv[index + 1];
}

/** As an object rather than an array, so the written file is already in Prettier's format. */
function loadAverage([oneMinute, fiveMinutes, fifteenMinutes]: number[]): Record<string, number> {
  const round = (value: number): number => Math.round(value * 100) / 100;
  return { '1m': round(oneMinute), '5m': round(fiveMinutes), '15m': round(fifteenMinutes) };
}
