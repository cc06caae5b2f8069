import { Topics } from '@product-ledger/contracts';
import { parse } from 'yaml';
import { expectedServices, migrateEntry, serviceNames } from './expected-services';
import { chartConsumerGroups } from './helm-chart';
import { kafkaVersionFromPom } from './kafka-version';
import { readRepoFile } from './repo-files';
import {
  configProblem,
  gatewayConfigProblem,
  gatewayConfigSchema,
  knownVariables,
  requiredVariables,
} from './service-environment';

interface Healthcheck {
  test: string[] | string;
  interval?: string;
  timeout?: string;
  retries?: number;
  start_period?: string;
}

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string; args?: Record<string, string> };
  command?: string[] | string;
  entrypoint?: string[] | string;
  environment?: Record<string, string | number>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: Healthcheck;
  depends_on?: Record<string, { condition: string }> | string[];
  restart?: string;
}

interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

// Compose files use YAML 1.1 merge keys (`<<: *anchor`), as Docker Compose does.
const compose = parse(readRepoFile('docker-compose.yml'), { merge: true }) as ComposeFile;
const services = compose.services;

function service(name: string): ComposeService {
  const found = services[name];
  if (!found) throw new Error(`docker-compose.yml has no service ${name}`);
  return found;
}

function environment(name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(service(name).environment ?? {}).map(([k, v]) => [k, String(v)]));
}

function conditions(name: string): Record<string, string> {
  const dependsOn = service(name).depends_on ?? {};
  if (Array.isArray(dependsOn))
    throw new Error(`${name}: depends_on must give a condition for every dependency`);
  return Object.fromEntries(
    Object.entries(dependsOn).map(([dependency, { condition }]) => [dependency, condition]),
  );
}

function healthcheckCommand(name: string): string[] {
  const test = service(name).healthcheck?.test;
  if (!Array.isArray(test)) throw new Error(`${name}: healthcheck.test must be an exec-form list`);
  return test;
}

/** Topic names the one-shot kafka-topics service passes to kafka-topics.sh. */
function composeTopics(): string[] {
  const script = [service('kafka-topics').command].flat().join('\n');
  const list = /for topic in([\s\S]*?)\bdo\b/.exec(script);
  if (!list) throw new Error('kafka-topics: expected a `for topic in ... do` loop');
  return list[1].split(/[\s\\;]+/).filter(Boolean);
}

describe('docker-compose.yml', () => {
  it('runs Kafka, PostgreSQL, the topic set-up, and each service with its migration step', () => {
    expect(Object.keys(services).sort()).toEqual(
      [
        'kafka',
        'kafka-topics',
        'postgres',
        ...serviceNames,
        ...serviceNames.map((name) => `${name}-migrate`),
        'gateway',
      ].sort(),
    );
  });

  describe('gateway', () => {
    it('is built from deploy/Dockerfile and publishes the console on 3000', () => {
      expect(service('gateway').build).toMatchObject({
        dockerfile: 'deploy/Dockerfile',
        args: { SERVICE: 'gateway' },
      });
      expect(service('gateway').ports).toEqual(['3000:3000']);
    });

    it('sets what the gateway config schema requires, with values it accepts, and no database', () => {
      const env = environment('gateway');
      expect(gatewayConfigProblem(env)).toBeUndefined();
      expect(env.DATABASE_URL).toBeUndefined();
      expect(Object.keys(env).filter((name) => !(name in gatewayConfigSchema.shape))).toEqual([]);
    });

    it('proxies to each service at its compose address, and shares their token secret', () => {
      const env = environment('gateway');
      for (const name of serviceNames) {
        expect(env[`${name.toUpperCase()}_URL`]).toBe(`http://${name}:${expectedServices[name]}`);
        expect(conditions('gateway')[name]).toBe('service_healthy');
      }
      expect(env.AUTH_JWT_SECRET).toBe(environment('catalogue').AUTH_JWT_SECRET);
    });

    it('reports healthy only when /health/ready answers', () => {
      expect(healthcheckCommand('gateway').join(' ')).toContain('http://127.0.0.1:3000/health/ready');
    });
  });

  it('uses the same Apache Kafka version as infra/kafka, in KRaft mode without ZooKeeper', () => {
    const version = kafkaVersionFromPom();
    expect(service('kafka').image).toBe(`apache/kafka:${version}`);
    expect(service('kafka-topics').image).toBe(`apache/kafka:${version}`);
    const env = environment('kafka');
    expect(env.KAFKA_PROCESS_ROLES.split(',').sort()).toEqual(['broker', 'controller']);
    expect(env.KAFKA_CONTROLLER_QUORUM_VOTERS).toMatch(/^1@kafka:\d+$/);
    expect(env.CLUSTER_ID).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Object.keys(env).filter((key) => /ZOOKEEPER/.test(key))).toEqual([]);
    expect(env.KAFKA_ADVERTISED_LISTENERS.split(',')).toContain('PLAINTEXT://kafka:9092');
  });

  it('runs PostgreSQL 16 and creates one database per service on first start', () => {
    expect(service('postgres').image).toMatch(/^postgres:16(\.\d+)?$/);
    const mount = (service('postgres').volumes ?? []).find((volume) =>
      volume.includes('/docker-entrypoint-initdb.d/'),
    );
    expect(mount).toBeDefined();
    const script = readRepoFile(mount!.split(':')[0].replace(/^\.\//, ''));
    for (const name of serviceNames) {
      expect(script).toMatch(new RegExp(`CREATE DATABASE product_ledger_${name};`));
    }
  });

  it('pins every image to a version', () => {
    for (const [name, definition] of Object.entries(services)) {
      expect({ name, image: definition.image }).toEqual({
        name,
        image: expect.stringMatching(/^[^:]+:(?!latest$)[\w.-]+$/),
      });
    }
  });

  describe.each(serviceNames)('%s', (name) => {
    const port = expectedServices[name];

    it('is built from deploy/Dockerfile for this service and keeps its CMD (node dist/main.js as PID 1)', () => {
      expect(service(name).build).toEqual({
        context: '.',
        dockerfile: 'deploy/Dockerfile',
        args: { SERVICE: name },
      });
      expect(service(name).command).toBeUndefined();
      expect(service(name).entrypoint).toBeUndefined();
    });

    it(`listens on ${port} and publishes it`, () => {
      expect(environment(name).PORT).toBe(String(port));
      expect(service(name).ports).toEqual([`${port}:${port}`]);
    });

    it('sets every variable the service config schema requires, with values it accepts', () => {
      const env = environment(name);
      for (const variable of requiredVariables(name)) {
        expect({ variable, set: variable in env }).toEqual({ variable, set: true });
      }
      expect(Object.keys(env).filter((variable) => !knownVariables(name).includes(variable))).toEqual([]);
      expect(configProblem(name, env)).toBeUndefined();
    });

    it('runs the demo in development auth mode, set explicitly, with its own demo secret', () => {
      const env = environment(name);
      expect(env.AUTH_MODE).toBe('development');
      expect(env.AUTH_JWT_SECRET).toEqual(expect.any(String));
    });

    it('talks to the compose Kafka and its own database', () => {
      const env = environment(name);
      expect(env.KAFKA_BROKERS).toBe('kafka:9092');
      const url = new URL(env.DATABASE_URL);
      expect(url.hostname).toBe('postgres');
      expect(url.pathname).toBe(`/product_ledger_${name}`);
    });

    it('reports healthy only when /health/ready answers', () => {
      const command = healthcheckCommand(name);
      expect(command[0]).toBe('CMD');
      expect(command.slice(1, 3)).toEqual(['node', '-e']);
      expect(command[3]).toContain(`http://127.0.0.1:${port}/health/ready`);
      expect(command[3]).toMatch(/process\.exit\(r\.ok \? 0 : 1\)/);
      expect(service(name).healthcheck).toMatchObject({
        interval: expect.any(String),
        retries: expect.any(Number),
      });
    });

    it('starts after healthy infrastructure, created topics and applied migrations', () => {
      expect(conditions(name)).toEqual({
        postgres: 'service_healthy',
        kafka: 'service_healthy',
        'kafka-topics': 'service_completed_successfully',
        [`${name}-migrate`]: 'service_completed_successfully',
      });
    });

    it('migrates with the same image and environment, once PostgreSQL is healthy', () => {
      const migrate = service(`${name}-migrate`);
      expect(migrate.image).toBe(service(name).image);
      expect(migrate.build).toEqual(service(name).build);
      expect(migrate.command).toEqual(['node', migrateEntry(name)]);
      expect(environment(`${name}-migrate`)).toEqual(environment(name));
      expect(conditions(`${name}-migrate`)).toEqual({ postgres: 'service_healthy' });
      expect(migrate.restart).toBe('no');
    });
  });

  it('checks Kafka with its own client script and PostgreSQL with pg_isready over TCP', () => {
    expect(healthcheckCommand('kafka')).toEqual([
      'CMD',
      '/opt/kafka/bin/kafka-broker-api-versions.sh',
      '--bootstrap-server',
      'localhost:9092',
    ]);
    expect(healthcheckCommand('postgres')).toEqual([
      'CMD',
      'pg_isready',
      '-h',
      '127.0.0.1',
      '-U',
      'postgres',
    ]);
  });

  it('creates every event topic and the dead-letter topics the Helm chart creates, kept forever', () => {
    expect(conditions('kafka-topics')).toEqual({ kafka: 'service_healthy' });
    expect(composeTopics().sort()).toEqual(
      [...Object.values(Topics), ...chartConsumerGroups().map((group) => `${group.name}.dlq`)].sort(),
    );
    const script = [service('kafka-topics').command].flat().join('\n');
    expect(script).toContain('--bootstrap-server kafka:9092');
    expect(script).toContain('--if-not-exists');
    expect(script).toContain('--config retention.ms=-1');
  });

  it('gives every long-running container a healthcheck and makes every dependency wait on a condition', () => {
    const oneShot = new Set(['kafka-topics', ...serviceNames.map((name) => `${name}-migrate`)]);
    for (const [name, definition] of Object.entries(services)) {
      if (!oneShot.has(name))
        expect({ name, healthcheck: Boolean(definition.healthcheck) }).toEqual({ name, healthcheck: true });
      for (const [dependency, condition] of Object.entries(conditions(name))) {
        const expected = oneShot.has(dependency) ? 'service_completed_successfully' : 'service_healthy';
        expect({ name, dependency, condition }).toEqual({ name, dependency, condition: expected });
      }
    }
  });
});
