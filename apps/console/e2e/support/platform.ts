import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import {
  createTestDatabase,
  createTestTopics,
  testKafka,
  testKafkaBrokers,
  uniqueName,
  waitFor,
  type TestDatabase,
} from '@product-ledger/testing';

const repoRoot = path.resolve(__dirname, '../../../..');
const services = ['catalogue', 'lifecycle', 'requests', 'analytics'] as const;

interface RunningProcess {
  name: string;
  baseUrl: string;
  child: ChildProcess;
  output: () => string;
}

/**
 * The whole platform as a person gets it: the services and the gateway built from this checkout and run as
 * real processes, each service on a throwaway database, all on Kafka topics and consumer groups of this
 * run, the console's production build served by the gateway. Returns the console's URL and a stop function
 * that removes everything again.
 */
export async function startPlatform(): Promise<{ consoleUrl: string; stop: () => Promise<void> }> {
  const run = uniqueName('console_e2e');
  const cleanups: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  try {
    const distDir = build(run);
    cleanups.push(async () => fs.rmSync(distDir, { recursive: true, force: true }));
    const kafka = testKafka('console-e2e');
    const topics = {
      CATALOGUE_PRODUCT_TOPIC: `catalogue.product.v1.${run}`,
      CATALOGUE_PRODUCT_LINE_TOPIC: `catalogue.product-line.v1.${run}`,
      LIFECYCLE_TOPIC: `lifecycle.lifecycle.v1.${run}`,
      REQUESTS_TOPIC: `requests.request.v1.${run}`,
      METRICS_INGEST_TOPIC: `analytics.metrics-ingest.v1.${run}`,
    };
    cleanups.push(await createTestTopics(kafka, Object.values(topics), 2));
    cleanups.push(() => deleteRunLeftovers(kafka, run));
    const databases: TestDatabase[] = await Promise.all(
      services.map((service) => createTestDatabase(`e2e_${service}`)),
    );
    cleanups.push(() => Promise.all(databases.map((db) => db.drop())));
    const shared = { ...topics, KAFKA_BROKERS: testKafkaBrokers().join(','), RELAY_PARTITIONS: '2' };
    const running = await Promise.all(
      services.map((service, i) =>
        startProcess(distDir, service, {
          ...shared,
          DATABASE_URL: databases[i]!.url,
          KAFKA_GROUP_PREFIX: `${service}.${run}`,
        }),
      ),
    );
    cleanups.push(() => Promise.all(running.map(stopProcess)));
    const upstreams = Object.fromEntries(
      running.map((service) => [`${service.name.toUpperCase()}_URL`, service.baseUrl]),
    );
    const gateway = await startProcess(distDir, 'gateway', {
      ...shared,
      ...upstreams,
      AUTH_MODE: 'development',
      CONSOLE_DIR: path.join(distDir, 'apps', 'console'),
      LIVE_TOPICS: Object.values(topics).join(','),
      KAFKA_GROUP_PREFIX: `gateway.${run}`,
    });
    cleanups.push(() => stopProcess(gateway));
    return { consoleUrl: gateway.baseUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * swc for the services and the gateway, vite for the console, into a folder of this run's own; first the
 * check that the console's API types still match the services' OpenAPI documents.
 */
function build(run: string): string {
  execFileSync(
    process.execPath,
    [path.join(repoRoot, 'apps', 'console', 'tools', 'api-types-cli.cjs'), '--check'],
    {
      cwd: repoRoot,
      stdio: 'pipe',
    },
  );
  const outDir = path.join(repoRoot, '.cache', 'console-e2e', run);
  const swc = path.join(repoRoot, 'node_modules', '@swc', 'cli', 'bin', 'swc.js');
  execFileSync(
    process.execPath,
    [
      swc,
      'apps',
      'libs',
      '-d',
      outDir,
      '--config-file',
      '.swcrc',
      '--only',
      '**/src/**/*.ts',
      '--ignore',
      '**/*.spec.ts,apps/console/**',
    ],
    { cwd: repoRoot, stdio: 'pipe' },
  );
  const vite = path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(
    process.execPath,
    [
      vite,
      'build',
      '-c',
      'apps/console/vite.config.mts',
      '--outDir',
      path.join(outDir, 'apps', 'console'),
      '--logLevel',
      'warn',
    ],
    {
      cwd: repoRoot,
      stdio: 'pipe',
    },
  );
  return outDir;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

async function startProcess(
  distDir: string,
  name: string,
  env: Record<string, string>,
): Promise<RunningProcess> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [path.join(distDir, 'apps', name, 'src', 'main.js')], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output}`);
      const response = await fetch(`${baseUrl}/health/ready`).catch(() => undefined);
      return response?.status === 200;
    },
    { timeoutMs: 180_000, intervalMs: 250, description: `${name} ready` },
  );
  return { name, baseUrl, child, output: () => output };
}

async function stopProcess(running: RunningProcess): Promise<void> {
  if (running.child.exitCode !== null) return;
  const exited = once(running.child, 'exit');
  running.child.kill('SIGTERM');
  await exited;
}

/** The dead-letter topics and consumer groups the services made for this run. */
async function deleteRunLeftovers(kafka: ReturnType<typeof testKafka>, run: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.includes(run));
    if (topics.length > 0) await admin.deleteTopics({ topics });
    const groups = (await admin.listGroups()).groups
      .map((group) => group.groupId)
      .filter((id) => id.includes(run));
    if (groups.length > 0) await admin.deleteGroups(groups).catch(() => undefined);
  } finally {
    await admin.disconnect();
  }
}
