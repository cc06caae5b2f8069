#!/usr/bin/env node
// `npm run bench [-- --quick] [--only append,relay,projection,analytics|analytics.ingest,analytics.query,analytics.freshness]`
// Compiles the benchmarks and the libraries with the repo's swc config into .cache/bench-dist (the .swcrc
// rewrites @product-ledger/* imports), makes sure PostgreSQL answers and a Kafka broker runs (starting the
// project's broker when none answers, and stopping it again only if this run started it), then runs them.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startBroker, stopBroker } from '../infra/kafka/kafka.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, '.cache', 'bench-dist');
const { ensurePostgres, PostgresUnreachable } = require('../scripts/postgres.js');

function compile() {
  // Compiled over the previous output, never wiped first: a second `npm run bench` started meanwhile (the
  // benchmarks' workers load their files from here) must not pull the files from under a running one.
  const swc = path.join(root, 'node_modules', '.bin', 'swc');
  const args = [
    'bench',
    'libs',
    // The analytics bench starts the analytics and catalogue services from their sources.
    'apps',
    '-d',
    outDir,
    '--config-file',
    '.swcrc',
    '--only',
    '**/*.ts',
    '--ignore',
    '**/*.spec.ts',
  ];
  const result = spawnSync(swc, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0)
    throw new Error(`swc could not compile the benchmarks (exit ${result.status ?? result.signal})`);
}

async function run() {
  let ownBroker = false;
  try {
    compile();
    await ensurePostgres();
    if (!process.env.KAFKA_BROKERS) {
      const { brokers, started } = await startBroker();
      ownBroker = started;
      process.env.KAFKA_BROKERS = brokers;
    }
    const argv = process.argv.slice(2);
    const dirs = {
      resultsDir: path.join(root, 'bench', 'results'),
      scratchResultsDir: path.join(root, '.cache', 'bench-results'),
    };
    const analytics = require(path.join(outDir, 'bench', 'analytics', 'main.js'));
    if (!analytics.onlyAnalytics(argv)) {
      const { main } = require(path.join(outDir, 'bench', 'event-store', 'main.js'));
      await main(argv, dirs);
    }
    await analytics.main(argv, dirs);
    return 0;
  } catch (error) {
    process.stderr.write(
      `${error instanceof PostgresUnreachable ? error.message : (error.stack ?? error)}\n`,
    );
    return 1;
  } finally {
    if (ownBroker) await stopBroker();
  }
}

process.exitCode = await run();
