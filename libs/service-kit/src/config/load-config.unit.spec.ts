import { z } from 'zod';
import { InvalidConfigError, parseConfig } from './load-config';
import { DEV_JWT_SECRET } from '../auth/dev-jwt-secret';
import { extendServiceConfig, rateLimitEnabled, serviceConfigSchema } from './service-config';
import { serviceDefaults } from './service-defaults';

const base = { ...serviceDefaults('catalogue', 3001), AUTH_MODE: 'development' };
const strict = serviceDefaults('catalogue', 3001);
const secret = 'a-real-secret-of-at-least-32-bytes!';

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
      AUTH_MODE: 'development',
      BODY_LIMIT: 1024 * 1024,
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

  it('fails closed: without AUTH_MODE=development it wants a secret or a JWKS', () => {
    expect(problemsOf(strict)[0]).toMatch(/^AUTH_JWT_SECRET: required \(or AUTH_JWKS_URL/);
    expect(problemsOf({ ...strict, AUTH_MODE: 'production' })[0]).toMatch(/^AUTH_JWT_SECRET: required/);
    expect(parseConfig(serviceConfigSchema, { ...strict, AUTH_JWT_SECRET: secret }).AUTH_MODE).toBe(
      'production',
    );
    const jwks = {
      AUTH_JWKS_URL: 'https://idp.example/jwks',
      AUTH_ISSUER: 'https://idp.example',
      AUTH_AUDIENCE: 'pl',
    };
    expect(parseConfig(serviceConfigSchema, { ...strict, AUTH_MODE: 'production', ...jwks })).toBeTruthy();
  });

  it('refuses the public development secret outside development mode, and short secrets always', () => {
    expect(problemsOf({ ...strict, AUTH_MODE: 'production', AUTH_JWT_SECRET: DEV_JWT_SECRET })).toEqual([
      'AUTH_JWT_SECRET: the development secret is public and refused outside AUTH_MODE=development',
    ]);
    expect(parseConfig(serviceConfigSchema, { ...base, AUTH_JWT_SECRET: DEV_JWT_SECRET })).toBeTruthy();
    // 31 bytes; 'é' is two bytes, so 16 of them (16 characters) pass.
    expect(problemsOf({ ...strict, AUTH_JWT_SECRET: 's'.repeat(31) })).toEqual([
      'AUTH_JWT_SECRET: at least 32 bytes',
    ]);
    expect(problemsOf({ ...base, AUTH_JWT_SECRET: 's'.repeat(31) })).toEqual([
      'AUTH_JWT_SECRET: at least 32 bytes',
    ]);
    expect(parseConfig(serviceConfigSchema, { ...strict, AUTH_JWT_SECRET: 'é'.repeat(16) })).toBeTruthy();
  });

  it('reads sizes and switches', () => {
    const parsed = (env: Record<string, string>) => parseConfig(serviceConfigSchema, { ...base, ...env });
    expect(parsed({ BODY_LIMIT: '512kb' }).BODY_LIMIT).toBe(512 * 1024);
    expect(parsed({ BODY_LIMIT: '2048' }).BODY_LIMIT).toBe(2048);
    expect(problemsOf({ ...base, BODY_LIMIT: 'huge' })).toEqual([
      'BODY_LIMIT: a size such as 1048576, 512kb or 1mb',
    ]);
    expect(rateLimitEnabled(parsed({}))).toBe(false);
    expect(rateLimitEnabled(parsed({ RATE_LIMIT_ENABLED: 'true' }))).toBe(true);
    expect(rateLimitEnabled(parseConfig(serviceConfigSchema, { ...strict, AUTH_JWT_SECRET: secret }))).toBe(
      true,
    );
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
