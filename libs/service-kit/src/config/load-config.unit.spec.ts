import { z } from 'zod';
import { InvalidConfigError, parseConfig } from './load-config';
import { extendServiceConfig, serviceConfigSchema } from './service-config';
import { serviceDefaults } from './service-defaults';

const base = serviceDefaults('catalogue', 3001);

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    parseConfig(serviceConfigSchema, env);
  } catch (error) {
    if (error instanceof InvalidConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the config to be refused');
}

describe('parseConfig', () => {
  it('applies the service defaults and the schema defaults', () => {
    expect(parseConfig(serviceConfigSchema, base)).toMatchObject({
      NODE_ENV: 'development',
      PORT: 3001,
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/product_ledger_catalogue',
      KAFKA_BROKERS: '127.0.0.1:9092',
      LOG_LEVEL: 'info',
      SHUTDOWN_TIMEOUT_MS: 10_000,
    });
  });

  it('names a missing variable as required', () => {
    expect(problemsOf({ PORT: '3001', KAFKA_BROKERS: 'k:9092' })).toEqual(['DATABASE_URL: required']);
  });

  it('treats an empty value as unset', () => {
    expect(parseConfig(serviceConfigSchema, { ...base, AUTH_JWKS_URL: '', LOG_LEVEL: '' }).LOG_LEVEL).toBe(
      'info',
    );
  });

  it('explains a malformed broker list', () => {
    expect(problemsOf({ ...base, KAFKA_BROKERS: 'a:9092, b:9092' })).toEqual([
      'KAFKA_BROKERS: comma-separated host:port list',
    ]);
  });

  it('refuses production without a real secret or a JWKS', () => {
    expect(problemsOf({ ...base, NODE_ENV: 'production' })[0]).toMatch(
      /^AUTH_JWT_SECRET: required in production/,
    );
    expect(
      parseConfig(serviceConfigSchema, { ...base, NODE_ENV: 'production', AUTH_JWT_SECRET: 's'.repeat(32) }),
    ).toBeTruthy();
    const jwks = {
      AUTH_JWKS_URL: 'https://idp.example/jwks',
      AUTH_ISSUER: 'https://idp.example',
      AUTH_AUDIENCE: 'pl',
    };
    expect(parseConfig(serviceConfigSchema, { ...base, NODE_ENV: 'production', ...jwks })).toBeTruthy();
  });

  it('wants issuer and audience with a JWKS URL', () => {
    expect(problemsOf({ ...base, AUTH_JWKS_URL: 'https://idp.example/jwks' })).toEqual([
      'AUTH_JWKS_URL: needs AUTH_ISSUER and AUTH_AUDIENCE',
    ]);
  });

  it('validates a service extension too', () => {
    const schema = extendServiceConfig({ RELAY_BATCH_SIZE: z.coerce.number().int().min(1).default(500) });
    expect(parseConfig(schema, base).RELAY_BATCH_SIZE).toBe(500);
    expect(() => parseConfig(schema, { ...base, RELAY_BATCH_SIZE: '0' })).toThrow(/RELAY_BATCH_SIZE/);
  });
});
