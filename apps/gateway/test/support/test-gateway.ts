import type { NestExpressApplication } from '@nestjs/platform-express';
import { createServiceApp, parseConfig } from '@product-ledger/service-kit';
import { testKafkaBrokers } from '@product-ledger/testing';
import type { AddressInfo } from 'node:net';
import { gatewayConfigSchema, type GatewayConfig } from '../../src/config';
import { gatewayAppOptions } from '../../src/gateway-app';

/** The gateway as main.ts starts it (no body parser), on a free port, with the given variables. */
export async function startTestGateway(
  env: Record<string, string>,
): Promise<{ baseUrl: string; config: GatewayConfig; app: NestExpressApplication }> {
  const config = parseConfig(gatewayConfigSchema, {
    NODE_ENV: 'test',
    PORT: '1',
    KAFKA_BROKERS: testKafkaBrokers().join(','),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // The kit's default is production (fail closed); these tests ask for development unless they say otherwise.
    AUTH_MODE: 'development',
    ...env,
  });
  const app = await createServiceApp(gatewayAppOptions(config));
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, config, app };
}
