#!/usr/bin/env node
// `npm test`: every project's unit, integration and end-to-end tests against the real broker and database.
// Starts the project's Kafka broker when none answers (and stops it again afterwards), then runs Jest once over
// all projects and ends with one summary line. Extra arguments go to Jest (e.g. `npm test -- libs/event-store`).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startBroker, stopBroker } from '../infra/kafka/kafka.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { ensurePostgres, PostgresUnreachable } = require('./postgres.js');

function runJest(args) {
  const resultsFile = path.join(root, '.cache', 'jest-results.json');
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.rmSync(resultsFile, { force: true });
  const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
  const child = spawn(
    process.execPath,
    [jest, '--ci', `--maxWorkers=${process.env.TEST_WORKERS ?? 2}`, '--json', `--outputFile=${resultsFile}`, ...args],
    { cwd: root, stdio: 'inherit', env: process.env },
  );
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      let summary;
      if (fs.existsSync(resultsFile)) {
        const r = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
        summary = { passed: r.numPassedTests, failed: r.numFailedTests + r.numRuntimeErrorTestSuites, skipped: r.numPendingTests + r.numTodoTests };
      }
      resolve({ code: code ?? (signal ? 1 : 0), summary });
    });
  });
}

async function main() {
  let ownBroker = false;
  try {
    await ensurePostgres();
    const { brokers, started } = await startBroker();
    ownBroker = started;
    process.env.KAFKA_BROKERS = brokers;
    // The tests sign tokens with the built-in development secret; services they start run in that mode.
    process.env.AUTH_MODE = 'development';
    const { code, summary } = await runJest(process.argv.slice(2));
    if (summary) {
      const skipped = summary.skipped ? `, ${summary.skipped} skipped` : '';
      process.stdout.write(`\ntests: ${summary.passed} passed, ${summary.failed} failed${skipped}\n`);
    }
    return code;
  } catch (error) {
    process.stderr.write(`${error instanceof PostgresUnreachable ? error.message : (error.stack ?? error)}\n`);
    return 1;
  } finally {
    if (ownBroker) await stopBroker();
  }
}

process.exitCode = await main();
