import { DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  createServiceApp,
  parseConfig,
  serviceConfigSchema,
  ServiceKitModule,
  type ServiceConfig,
} from '@product-ledger/service-kit';
import type { AddressInfo } from 'node:net';
import { SlowGate } from '@product-ledger/testing';
import { IdempotencyInterceptor } from '../../src/http/idempotency/idempotency.interceptor';
import { EventStoreModule } from '../../src/module/event-store.module';
import { counterContracts } from './counter-contracts';
import { CounterController } from './counter.controller';
import { counterMigrations, counterProjection, largeIncrementPolicy } from './counter-projection';

export interface CounterAppNames {
  readonly databaseUrl: string;
  readonly topic: string;
  readonly projectionGroup: string;
  readonly policyGroup: string;
}

@Module({})
class CounterAppModule {
  static with(config: ServiceConfig, names: CounterAppNames): DynamicModule {
    const contracts = counterContracts(names.topic);
    return {
      module: CounterAppModule,
      imports: [
        ServiceKitModule.forRoot({ serviceName: 'counters', config }),
        EventStoreModule.forRoot({
          migrations: counterMigrations,
          contracts,
          relay: { enabled: true, source: 'product-ledger/counters', partitions: 2, pollIntervalMs: 200 },
          projections: [counterProjection(contracts, names.projectionGroup)],
          consumers: [largeIncrementPolicy(contracts, names.policyGroup)],
        }),
      ],
      controllers: [CounterController],
      providers: [SlowGate, { provide: APP_INTERCEPTOR, useExisting: IdempotencyInterceptor }],
    };
  }
}

export interface RunningCounterApp {
  readonly app: NestExpressApplication;
  readonly baseUrl: string;
}

/** The counter service on a free port, on its own database and topic. */
export async function startCounterApp(names: CounterAppNames): Promise<RunningCounterApp> {
  const config = parseConfig(serviceConfigSchema, {
    NODE_ENV: 'test',
    AUTH_MODE: 'development',
    PORT: '1',
    DATABASE_URL: names.databaseUrl,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS || '127.0.0.1:9092',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL || 'silent',
  });
  const app = await createServiceApp({
    serviceName: 'counters',
    module: CounterAppModule.with(config, names),
    config,
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, baseUrl: `http://127.0.0.1:${port}` };
}
