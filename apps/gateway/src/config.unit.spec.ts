import { parseConfig } from '@product-ledger/service-kit';
import { gatewayConfigSchema } from './config';

// The gateway fails closed like every service: development auth (and with it the dev-token sign-in, which
// mints tokens with the configured secret) only when asked for.
describe('gateway configuration', () => {
  it('runs in production mode unless told otherwise, and then wants real token settings', () => {
    expect(() => parseConfig(gatewayConfigSchema, { PORT: '3000', KAFKA_BROKERS: '127.0.0.1:9092' })).toThrow(
      /AUTH_JWT_SECRET: required/,
    );
    const config = parseConfig(gatewayConfigSchema, {
      PORT: '3000',
      KAFKA_BROKERS: '127.0.0.1:9092',
      AUTH_JWT_SECRET: 'a-production-secret-of-at-least-32-bytes',
    });
    expect(config.AUTH_MODE).toBe('production');
  });

  it('takes development mode only when it is set', () => {
    expect(
      parseConfig(gatewayConfigSchema, {
        PORT: '3000',
        KAFKA_BROKERS: '127.0.0.1:9092',
        AUTH_MODE: 'development',
      }).AUTH_MODE,
    ).toBe('development');
  });
});
