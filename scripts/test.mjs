#!/usr/bin/env node
// `npm test`: every project's unit, integration and end-to-end tests against the real broker and database,
// then the console's browser suite (Playwright driving Debian's Chromium against the built console, the
// gateway and the real services). Starts the project's Kafka broker when none answers (and stops it again
// afterwards) and ends with one summary line over both. Extra arguments go to Jest and run Jest alone
// (e.g. `npm test -- libs/event-store`); SKIP_BROWSER_TESTS=1 leaves the browser suite out.
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

function runBrowserSuite() {
  const resultsFile = path.join(root, '.cache', 'playwright-results.json');
  fs.rmSync(resultsFile, { force: true });
  const playwright = path.join(root, 'node_modules', '@playwright', 'test', 'cli.js');
  const child = spawn(process.execPath, [playwright, 'test', '-c', 'apps/console/playwright.config.ts', '--reporter=list,json'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: resultsFile },
  });
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      let summary;
      if (fs.existsSync(resultsFile)) {
        const { stats } = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
        summary = { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
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
    const jestArgs = process.argv.slice(2);
    const runs = [await runJest(jestArgs)];
    if (jestArgs.length === 0 && !process.env.SKIP_BROWSER_TESTS) runs.push(await runBrowserSuite());
    const code = runs.find((run) => run.code !== 0)?.code ?? 0;
    const summary = runs.every((run) => run.summary)
      ? runs.reduce(
          (total, run) => ({
            passed: total.passed + run.summary.passed,
            failed: total.failed + run.summary.failed,
            skipped: total.skipped + run.summary.skipped,
          }),
          { passed: 0, failed: 0, skipped: 0 },
        )
      : undefined;
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
