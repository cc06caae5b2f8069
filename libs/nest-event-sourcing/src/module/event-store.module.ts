import { DynamicModule, Global, Module } from '@nestjs/common';
import { PG_POOL } from '@product-ledger/service-kit';
import type { Pool } from 'pg';
import { CommandRunner } from '../commands/command-runner';
import { EventConsumers } from '../consumers/event-consumers';
import { ProjectionsService } from '../consumers/projections.service';
import { IdempotencyInterceptor } from '../http/idempotency/idempotency.interceptor';
import { IdempotencyKeys } from '../http/idempotency/idempotency-keys';
import { createMigratedStore, registryOf } from './create-store';
import { EventRelay } from './event-relay';
import type { EventStoreModuleOptions } from './event-store-module-options';
import { EVENT_REGISTRY, EVENT_STORE, EVENT_STORE_OPTIONS } from './tokens';
import type { EventRegistry } from '@product-ledger/event-store';

/**
 * The service's event store, relay, projections and consumers, wired to the service kit (pool, Kafka,
 * request context, readiness). Import once, in the root module, after `ServiceKitModule.forRoot`.
 */
@Global()
@Module({})
export class EventStoreModule {
  static forRoot(options: EventStoreModuleOptions): DynamicModule {
    const exported = [
      CommandRunner,
      EventRelay,
      EventConsumers,
      ProjectionsService,
      IdempotencyKeys,
      IdempotencyInterceptor,
    ];
    return {
      module: EventStoreModule,
      global: true,
      providers: [
        { provide: EVENT_STORE_OPTIONS, useValue: options },
        { provide: EVENT_REGISTRY, useFactory: () => registryOf(options) },
        {
          provide: EVENT_STORE,
          useFactory: (pool: Pool, registry: EventRegistry) => createMigratedStore(pool, options, registry),
          inject: [PG_POOL, EVENT_REGISTRY],
        },
        ...exported,
      ],
      exports: [EVENT_STORE_OPTIONS, EVENT_REGISTRY, EVENT_STORE, ...exported],
    };
  }
}
