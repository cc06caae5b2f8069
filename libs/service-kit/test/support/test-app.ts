import { DynamicModule, Module } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AddressInfo } from 'node:net';
import { SlowGate } from '@product-ledger/testing';
import { createServiceApp } from '../../src/bootstrap/create-service-app';
import { parseConfig } from '../../src/config/load-config';
import { ServiceConfig, serviceConfigSchema } from '../../src/config/service-config';
import { ServiceKitModule } from '../../src/service-kit.module';
import { TestController } from './test.controller';

export const postgresServerUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

export function testConfig(env: Record<string, string> = {}): ServiceConfig {
  return parseConfig(serviceConfigSchema, {
    AUTH_MODE: 'development',
    PORT: '1',
    DATABASE_URL: postgresServerUrl,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS || '127.0.0.1:9092',
    LOG_LEVEL: 'silent',
    ...env,
  });
}

@Module({})
class TestAppModule {
  static with(config: ServiceConfig): DynamicModule {
    return {
      module: TestAppModule,
      imports: [ServiceKitModule.forRoot({ serviceName: 'kit-test', config })],
      controllers: [TestController],
      providers: [SlowGate],
    };
  }
}

export interface RunningTestApp {
  app: NestExpressApplication;
  baseUrl: string;
  close(): Promise<void>;
}

/** The kit around a small test controller, listening on a free port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<RunningTestApp> {
  const config = testConfig(env);
  const app = await createServiceApp({ serviceName: 'kit-test', module: TestAppModule.with(config), config });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, baseUrl: `http://127.0.0.1:${port}`, close: () => app.close() };
}
