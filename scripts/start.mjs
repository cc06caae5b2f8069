#!/usr/bin/env node
// `npm start`: the whole platform on this machine.
// Starts (or reuses) the local Kafka broker, creates the service databases, builds (the services, then the
// web console once), runs each service's migrations, starts the four services and the gateway (the
// console's origin), prints the URLs once each is ready, and on Ctrl-C stops them (SIGTERM, they drain)
// and the broker it started. Nothing is left running.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startBroker, stopBroker } from '../infra/kafka/kafka.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { SERVICES, databaseUrl, serviceDatabaseName, ensurePostgres, ensureDatabase, PostgresUnreachable } = require('./postgres.js');

const DEFAULT_PORTS = { gateway: 3000, catalogue: 3001, lifecycle: 3002, requests: 3003, analytics: 3004 };
// The gateway keeps no database and runs no migrations; it starts with the services.
const PROCESSES = [...SERVICES, 'gateway'];
const children = new Map();
let ownBroker = false;
let stopping = false;

function say(message) {
  process.stdout.write(`[start] ${message}\n`);
}

function portOf(service) {
  return process.env[`${service.toUpperCase()}_PORT`] ?? String(DEFAULT_PORTS[service]);
}

function serviceEnv(service, brokers) {
  const common = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    // Development auth: tokens from `npm run token` (the built-in secret); no write rate limit.
    AUTH_MODE: process.env.AUTH_MODE ?? 'development',
    PORT: portOf(service),
    KAFKA_BROKERS: brokers,
  };
  if (service !== 'gateway') return { ...common, DATABASE_URL: databaseUrl(serviceDatabaseName(service)) };
  const upstreams = Object.fromEntries(SERVICES.map((name) => [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${portOf(name)}`]));
  return { ...common, ...upstreams, CONSOLE_DIR: path.join(root, 'dist', 'apps', 'console') };
}

function entry(service, file) {
  return path.join(root, 'dist', 'apps', service, 'src', file);
}

function build() {
  say('building (swc) ...');
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('the build failed; see the errors above');
  say('building the web console (vite) ...');
  const consoleBuild = spawnSync('npm', ['run', '--silent', 'console:build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (consoleBuild.status !== 0) throw new Error('the console build failed; see the errors above');
}

function migrate(service, brokers) {
  const file = entry(service, 'migrate.js');
  if (!fs.existsSync(file)) return;
  const result = spawnSync(process.execPath, [file], { cwd: root, env: serviceEnv(service, brokers), stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`migrations of ${service} failed (exit ${result.status})`);
  say(`${service}: migrations applied`);
}

/** Pino JSON lines become one readable line each, prefixed by the service. */
function relay(service, stream) {
  const lines = readline.createInterface({ input: stream });
  lines.on('line', (line) => {
    let text = line;
    try {
      const entryJson = JSON.parse(line);
      const level = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' }[entryJson.level] ?? entryJson.level;
      text = `${level} ${entryJson.msg ?? ''}${entryJson.err ? ` ${entryJson.err.message ?? ''}` : ''}`;
    } catch {
      /* not JSON: print as it is */
    }
    process.stdout.write(`${service.padEnd(9)} | ${text}\n`);
  });
}

function startService(service, brokers) {
  const child = spawn(process.execPath, [entry(service, 'main.js')], {
    cwd: root,
    env: serviceEnv(service, brokers),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  relay(service, child.stdout);
  relay(service, child.stderr);
  children.set(service, child);
  child.on('exit', (code, signal) => {
    children.delete(service);
    if (!stopping) {
      say(`${service} exited (${signal ?? code}); stopping the platform`);
      void shutdown(1);
    }
  });
}

async function waitReady(service) {
  const url = `http://127.0.0.1:${portOf(service)}/health/ready`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline && children.has(service)) {
    try {
      const response = await fetch(url);
      if (response.ok) return true;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  say('stopping services ...');
  await Promise.all(
    [...children.values()].map(
      (child) =>
        new Promise((resolve) => {
          const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
          child.once('exit', () => {
            clearTimeout(force);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  if (ownBroker) await stopBroker();
  say('stopped');
  process.exit(code);
}

async function main() {
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  await ensurePostgres();
  for (const service of SERVICES) await ensureDatabase(serviceDatabaseName(service));
  const broker = await startBroker();
  ownBroker = broker.started;
  say(`Kafka ${ownBroker ? 'started' : 'reused'} at ${broker.brokers}`);
  build();
  for (const service of SERVICES) migrate(service, broker.brokers);
  for (const service of PROCESSES) startService(service, broker.brokers);
  const ready = await Promise.all(PROCESSES.map(waitReady));
  if (stopping) return;
  if (ready.every(Boolean)) {
    say(`console: http://127.0.0.1:${portOf('gateway')}`);
    say('Product Ledger is up:');
    for (const service of SERVICES) {
      const port = portOf(service);
      say(`  ${service.padEnd(9)} http://127.0.0.1:${port}  (API docs: http://127.0.0.1:${port}/docs)`);
    }
    say('get a token: npm run token -- --role product_manager --sub alice');
    say('press Ctrl-C to stop everything');
  } else {
    say(`not ready: ${PROCESSES.filter((_, i) => !ready[i]).join(', ')}`);
    await shutdown(1);
  }
}

main().catch(async (error) => {
  process.stderr.write(`[start] ${error instanceof PostgresUnreachable ? error.message : (error.stack ?? error)}\n`);
  await shutdown(1);
});
