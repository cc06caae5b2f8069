import { Module, type DynamicModule } from '@nestjs/common';
import { extendServiceConfig, ServiceKitModule } from '@product-ledger/service-kit';
import { testKafka, testServerUrl, uniqueName } from '@product-ledger/testing';
import { Client } from 'pg';
import { z } from 'zod';
import { startTestService } from './start-test-service';

const configSchema = extendServiceConfig({ KAFKA_GROUP_PREFIX: z.string(), SOME_TOPIC: z.string() });
type Config = z.infer<typeof configSchema>;

@Module({})
class KitOnlyModule {
  static forRoot(config: Config): DynamicModule {
    return {
      module: KitOnlyModule,
      imports: [ServiceKitModule.forRoot({ serviceName: 'kit-only', config })],
    };
  }
}

async function databasesNamedLike(prefix: string): Promise<string[]> {
  const client = new Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [prefix],
    );
    return rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
}

async function existingTopics(topics: string[]): Promise<string[]> {
  const admin = testKafka('start-test-service-spec').admin();
  await admin.connect();
  try {
    const all = new Set(await admin.listTopics());
    return topics.filter((topic) => all.has(topic));
  } finally {
    await admin.disconnect();
  }
}

function options(
  serviceName: string,
  module: (config: Config) => DynamicModule = (config) => KitOnlyModule.forRoot(config),
) {
  return {
    serviceName,
    module,
    configSchema,
    env: (suffix: string) => ({ SOME_TOPIC: `some-topic.${suffix}` }),
    topics: (config: Config) => ({ [config.SOME_TOPIC]: 1 }),
  };
}

describe('startTestService', () => {
  it('runs the service on its own database, topics and group prefix, and stop() leaves none of them behind', async () => {
    const serviceName = uniqueName('svc');
    const service = await startTestService(options(serviceName));
    const { config, suffix, db } = service;
    expect(config.SOME_TOPIC).toBe(`some-topic.${suffix}`);
    expect(config.KAFKA_GROUP_PREFIX).toBe(`${serviceName}-${suffix}`);
    expect((await service.call('GET', '/health/live')).status).toBe(200);
    expect(await existingTopics([config.SOME_TOPIC])).toEqual([config.SOME_TOPIC]);
    // What a consumer of the service would have created when it started.
    const deadLetterTopic = `${config.KAFKA_GROUP_PREFIX}.some-consumer.dlq`;
    const admin = testKafka('start-test-service-spec').admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: deadLetterTopic }] }).finally(() => admin.disconnect());

    await service.stop();

    expect(await existingTopics([config.SOME_TOPIC, deadLetterTopic])).toEqual([]);
    expect(await databasesNamedLike(db.name)).toEqual([]);
    await expect(fetch(`${service.baseUrl}/health/live`)).rejects.toThrow();
  });

  it('removes what it made when the service cannot start, and throws the service’s error', async () => {
    const serviceName = uniqueName('svc');
    let topic = '';
    const failing = options(serviceName, (config) => {
      topic = config.SOME_TOPIC;
      throw new Error('the module cannot be built');
    });

    await expect(startTestService(failing)).rejects.toThrow('the module cannot be built');

    expect(topic).not.toBe('');
    expect(await existingTopics([topic])).toEqual([]);
    expect(await databasesNamedLike(`pl_${serviceName}`)).toEqual([]);
  });
});
