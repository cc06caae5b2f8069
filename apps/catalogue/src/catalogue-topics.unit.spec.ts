import { catalogueContracts, lifecycleContracts, Topics } from '@product-ledger/contracts';
import { parseConfig } from '@product-ledger/service-kit';
import { onDeploymentTopics, topicsOf } from './catalogue-topics';
import { catalogueConfigSchema } from './config';

const baseEnv = {
  AUTH_MODE: 'development',
  PORT: '3001',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x',
  KAFKA_BROKERS: '127.0.0.1:9092',
};

describe('catalogue topics', () => {
  it('publishes to the contract topics unless configured otherwise', () => {
    const config = parseConfig(catalogueConfigSchema, baseEnv);
    const contracts = onDeploymentTopics([...catalogueContracts, ...lifecycleContracts], topicsOf(config));
    expect(contracts).toEqual([...catalogueContracts, ...lifecycleContracts]);
    expect(config.KAFKA_GROUP_PREFIX).toBe('catalogue');
  });

  it('moves every contract of a topic to the configured one, keeping type, version and schema', () => {
    const config = parseConfig(catalogueConfigSchema, {
      ...baseEnv,
      CATALOGUE_PRODUCT_TOPIC: 'staging.catalogue.product.v1',
      LIFECYCLE_TOPIC: 'staging.lifecycle.lifecycle.v1',
    });
    const contracts = onDeploymentTopics([...catalogueContracts, ...lifecycleContracts], topicsOf(config));
    const registered = contracts.find((c) => c.type === 'ProductRegistered')!;
    expect(registered.topic).toBe('staging.catalogue.product.v1');
    expect(registered.schema).toBe(catalogueContracts.find((c) => c.type === 'ProductRegistered')!.schema);
    expect(contracts.find((c) => c.type === 'ProductLineCreated')!.topic).toBe(Topics.catalogueProductLine);
    expect(contracts.find((c) => c.type === 'ProductWithdrawn')!.topic).toBe(
      'staging.lifecycle.lifecycle.v1',
    );
  });

  it('refuses a topic name Kafka would refuse', () => {
    expect(() =>
      parseConfig(catalogueConfigSchema, { ...baseEnv, CATALOGUE_PRODUCT_TOPIC: 'bad topic' }),
    ).toThrow(/CATALOGUE_PRODUCT_TOPIC/);
  });
});
