#!/usr/bin/env node
// Local Apache Kafka broker (KRaft, single node) for development and tests.
//   node infra/kafka/kafka.mjs fetch | start | stop | status
// The broker's jars come from Maven Central (pom.xml beside this file) into .cache/kafka, which git ignores.
// Env: KAFKA_PORT (default 9092), KAFKA_CONTROLLER_PORT (default KAFKA_PORT + 1), KAFKA_HEAP (default 512m).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const cacheRoot = path.join(repoRoot, '.cache', 'kafka');

export function kafkaSettings(env = process.env) {
  const port = Number(env.KAFKA_PORT ?? 9092);
  const controllerPort = Number(env.KAFKA_CONTROLLER_PORT ?? port + 1);
  const version = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(fs.readFileSync(path.join(here, 'pom.xml'), 'utf8'))[1];
  const libDir = path.join(cacheRoot, version, 'lib');
  const stateDir = path.join(cacheRoot, `node-${port}`);
  return {
    port,
    controllerPort,
    version,
    brokers: `127.0.0.1:${port}`,
    heap: env.KAFKA_HEAP ?? '512m',
    libDir,
    stateDir,
    dataDir: path.join(stateDir, 'data'),
    logFile: path.join(stateDir, 'broker.log'),
    pidFile: path.join(stateDir, 'broker.pid'),
    propertiesFile: path.join(stateDir, 'server.properties'),
  };
}

function log(message) {
  process.stderr.write(`[kafka] ${message}\n`);
}

class SetupError extends Error {}

function requireTool(command, args, installHint) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new SetupError(`${command} was not found or does not run. ${installHint}`);
  }
  return `${result.stdout}${result.stderr}`;
}

function checkJava() {
  const out = requireTool('java', ['-version'], 'Install a Java runtime 17 or newer (e.g. `apt-get install openjdk-17-jre-headless`) and put `java` on PATH.');
  const major = Number(/version "(\d+)/.exec(out)?.[1] ?? 0);
  if (major < 17) throw new SetupError(`Kafka ${kafkaSettings().version} needs Java 17 or newer; found ${major}. Install Java 17+.`);
}

export function fetchBroker(settings = kafkaSettings()) {
  const marker = path.join(settings.libDir, '.complete');
  if (fs.existsSync(marker)) return settings.libDir;
  checkJava();
  requireTool('mvn', ['-v'], 'Install Apache Maven 3.8+ (e.g. `apt-get install maven`) and put `mvn` on PATH; it fetches the broker from Maven Central.');
  log(`fetching Apache Kafka ${settings.version} from Maven Central (once) ...`);
  fs.rmSync(settings.libDir, { recursive: true, force: true });
  const result = spawnSync(
    'mvn',
    ['-B', '-q', '-Dstyle.color=never', '-f', path.join(here, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${settings.libDir}`, '-DincludeScope=runtime'],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0) throw new SetupError(`mvn could not fetch the Kafka broker (exit ${result.status}); see the output above.`);
  fs.writeFileSync(marker, new Date().toISOString());
  return settings.libDir;
}

function kafkaClient(brokers) {
  const { Kafka, logLevel } = require('kafkajs');
  return new Kafka({
    clientId: 'product-ledger-infra',
    brokers: brokers.split(','),
    logLevel: logLevel.NOTHING,
    connectionTimeout: 2000,
    requestTimeout: 5000,
    retry: { retries: 0 },
  });
}

/** True when a client can reach the broker and create a topic: the readiness the tests need. */
export async function brokerAnswers(brokers = kafkaSettings().brokers) {
  const admin = kafkaClient(brokers).admin();
  try {
    await admin.connect();
    const topic = '__product_ledger_ready';
    const existing = await admin.listTopics();
    if (!existing.includes(topic)) {
      await admin.createTopics({ topics: [{ topic, numPartitions: 1, replicationFactor: 1 }], waitForLeaders: true });
    }
    await admin.fetchTopicMetadata({ topics: [topic] });
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readPid(settings) {
  if (!fs.existsSync(settings.pidFile)) return undefined;
  const pid = Number(fs.readFileSync(settings.pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && pidAlive(pid) ? pid : undefined;
}

function clusterId() {
  // Kafka cluster ids are 16 random bytes in URL-safe base64; Kafka refuses ids that start with '-'.
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

function writeProperties(settings) {
  const template = fs.readFileSync(path.join(here, 'server.properties.template'), 'utf8');
  const text = template
    .replaceAll('${PORT}', String(settings.port))
    .replaceAll('${CONTROLLER_PORT}', String(settings.controllerPort))
    .replaceAll('${DATA_DIR}', settings.dataDir.replaceAll('\\', '/'));
  fs.writeFileSync(settings.propertiesFile, text);
}

function java(settings, mainClass, args, options = {}) {
  const jvm = [
    `-Xms${settings.heap}`,
    `-Xmx${settings.heap}`,
    '-XX:+UseG1GC',
    '-XX:MaxGCPauseMillis=20',
    '-XX:ParallelGCThreads=2',
    '-XX:ConcGCThreads=1',
    '-XX:CICompilerCount=2',
    '-Djava.awt.headless=true',
    `-Dlog4j2.configurationFile=${path.join(here, 'log4j2.properties')}`,
    `-Dkafka.logs.file=${settings.logFile}`,
    `-Dkafka.logs.dir=${settings.stateDir}`,
    '-cp',
    `${settings.libDir}${path.sep}*`,
  ];
  return { command: 'java', args: [...jvm, mainClass, ...args], options };
}

function formatStorage(settings) {
  if (fs.existsSync(path.join(settings.dataDir, 'meta.properties'))) return;
  const { command, args } = java({ ...settings, heap: '128m' }, 'kafka.tools.StorageTool', [
    'format',
    '-t',
    clusterId(),
    '-c',
    settings.propertiesFile,
    '--ignore-formatted',
  ]);
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new SetupError(`formatting KRaft storage failed:\n${result.stdout}${result.stderr}`);
}

async function waitFor(condition, { timeoutMs, intervalMs = 500, onTick }) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    onTick?.();
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return false;
}

function tail(file, lines = 30) {
  if (!fs.existsSync(file)) return '(no broker log)';
  return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

async function withStartLock(settings, fn) {
  const lock = path.join(settings.stateDir, 'start.lock');
  fs.mkdirSync(settings.stateDir, { recursive: true });
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (age > 300_000) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new SetupError(`another start holds ${lock}; remove it if no start is running`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Starts the broker unless one already answers on the port. Resolves to { brokers, started } where `started`
 * tells the caller whether it owns the broker (and so should stop it).
 */
export async function startBroker(settings = kafkaSettings(), { timeoutMs = 180_000 } = {}) {
  if (await brokerAnswers(settings.brokers)) return { brokers: settings.brokers, started: false };
  return withStartLock(settings, async () => {
    if (await brokerAnswers(settings.brokers)) return { brokers: settings.brokers, started: false };
    const running = readPid(settings);
    if (!running) {
      fetchBroker(settings);
      fs.mkdirSync(settings.dataDir, { recursive: true });
      writeProperties(settings);
      formatStorage(settings);
      const { command, args } = java(settings, 'kafka.Kafka', [settings.propertiesFile]);
      const out = fs.openSync(path.join(settings.stateDir, 'broker.out'), 'w');
      const child = spawn(command, args, { detached: true, stdio: ['ignore', out, out] });
      fs.writeFileSync(settings.pidFile, String(child.pid));
      child.unref();
      log(`starting Kafka ${settings.version} on ${settings.brokers} (pid ${child.pid}, log ${settings.logFile})`);
    }
    const pid = readPid(settings);
    const ready = await waitFor(async () => readPid(settings) !== undefined && (await brokerAnswers(settings.brokers)), {
      timeoutMs,
      intervalMs: 1000,
    });
    if (!ready) {
      const why = readPid(settings) ? `did not answer within ${timeoutMs / 1000}s` : 'exited';
      await stopBroker(settings);
      throw new SetupError(`Kafka broker ${why}. Last log lines:\n${tail(settings.logFile)}\n${tail(path.join(settings.stateDir, 'broker.out'), 15)}`);
    }
    log(`ready on ${settings.brokers}`);
    return { brokers: settings.brokers, started: pid !== undefined && !running };
  });
}

/** Stops the broker this project started on the port (SIGTERM, then SIGKILL after 30 s). No orphan JVM. */
export async function stopBroker(settings = kafkaSettings()) {
  const pid = readPid(settings);
  if (pid) {
    const signal = (sig) => {
      try {
        process.kill(-pid, sig); // the broker runs in its own process group
      } catch {
        try {
          process.kill(pid, sig);
        } catch {
          /* already gone */
        }
      }
    };
    signal('SIGTERM');
    const gone = await waitFor(() => !pidAlive(pid), { timeoutMs: 30_000, intervalMs: 200 });
    if (!gone) {
      log(`broker ${pid} did not stop in 30s; killing it`);
      signal('SIGKILL');
      await waitFor(() => !pidAlive(pid), { timeoutMs: 10_000, intervalMs: 200 });
    }
    log(`stopped broker ${pid}`);
  }
  fs.rmSync(settings.pidFile, { force: true });
}

async function main(command) {
  const settings = kafkaSettings();
  switch (command) {
    case 'fetch':
      fetchBroker(settings);
      log(`jars in ${settings.libDir}`);
      return;
    case 'start': {
      const { started } = await startBroker(settings);
      if (!started) log(`reusing the broker that answers on ${settings.brokers}`);
      return;
    }
    case 'stop':
      await stopBroker(settings);
      return;
    case 'status': {
      const answers = await brokerAnswers(settings.brokers);
      const pid = readPid(settings);
      process.stdout.write(`${answers ? 'up' : 'down'} ${settings.brokers}${pid ? ` (pid ${pid})` : ''}\n`);
      process.exitCode = answers ? 0 : 1;
      return;
    }
    default:
      process.stderr.write('usage: node infra/kafka/kafka.mjs fetch|start|stop|status\n');
      process.exitCode = 2;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv[2]).catch((error) => {
    process.stderr.write(`[kafka] ${error instanceof SetupError ? error.message : error.stack}\n`);
    process.exit(1);
  });
}
