import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatTable } from './report';
import { runEventStoreBench } from './run-event-store-bench';

export interface MainOptions {
  /** Where the full run writes event-store.json (bench/results). */
  readonly resultsDir: string;
  /** Where a --quick or --only run writes its figures instead (kept out of bench/results). */
  readonly scratchResultsDir: string;
}

/**
 * `npm run bench [-- --quick] [--only append,relay,projection]`: runs the event store benchmark, prints the
 * table and writes `<resultsDir>/event-store.json` (the medians) and `event-store.trials.json` (every trial).
 * A quick or partial run writes the same files under `scratchResultsDir` instead.
 */
export async function main(argv: readonly string[], options: MainOptions): Promise<void> {
  const quick = argv.includes('--quick');
  const onlyArg = argv.find((arg) => arg.startsWith('--only'));
  const only = onlyArg
    ? (onlyArg.includes('=') ? onlyArg.split('=')[1] : argv[argv.indexOf(onlyArg) + 1]).split(',')
    : undefined;
  const loadBefore = os.loadavg();
  const run = await runEventStoreBench({ quick, only });
  const table = formatTable(run.results);
  process.stdout.write(
    `\nEvent store benchmark (${quick ? 'quick smoke run' : 'full run'}), medians:\n${table}\n`,
  );

  // Only a full run of every measure replaces the published figures.
  const dir = quick || only ? options.scratchResultsDir : options.resultsDir;
  fs.mkdirSync(dir, { recursive: true });
  const resultsFile = path.join(dir, 'event-store.json');
  fs.writeFileSync(resultsFile, `${JSON.stringify(run.results, null, 2)}\n`);
  const environment = {
    node: process.version,
    cpus: os.cpus().length,
    loadAverageBefore: loadBefore.map((l) => Math.round(l * 100) / 100),
    loadAverageAfter: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
  fs.writeFileSync(
    path.join(dir, 'event-store.trials.json'),
    `${JSON.stringify({ startedAt: run.startedAt, finishedAt: run.finishedAt, environment, plan: run.plan, trials: run.trials }, null, 2)}\n`,
  );
  process.stdout.write(`\nwrote ${path.relative(process.cwd(), resultsFile)}\n`);
}
