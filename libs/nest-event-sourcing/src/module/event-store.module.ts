import { DynamicModule, Global, Module } from '@nestjs/common';
import { PG_POOL, SERVICE_NAME } from '@product-ledger/service-kit';
import { DataSource } from 'typeorm';
import type { Pool } from 'pg';
import { CommandRunner } from '../commands/command-runner';
import { EventConsumers } from '../consumers/event-consumers';
import { ProjectionsService } from '../consumers/projections.service';
import { IdempotencyInterceptor } from '../http/idempotency/idempotency.interceptor';
import { IdempotencyKeys } from '../http/idempotency/idempotency-keys';
import type { ServiceDataSource } from '../migrations/service-data-source';
import { createMigratedDataSource, createServiceStore, registryOf } from './create-store';
import { EventRelay } from './event-relay';
import type { EventStoreModuleOptions } from './event-store-module-options';
import { EVENT_REGISTRY, EVENT_STORE, EVENT_STORE_OPTIONS, SERVICE_DATA_SOURCE } from './tokens';
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
          provide: SERVICE_DATA_SOURCE,
          useFactory: (serviceName: string, pool: Pool) => createMigratedDataSource(serviceName, pool, options),
          inject: [SERVICE_NAME, PG_POOL],
        },
        // Read-model queries inject TypeORM's `DataSource` itself.
        { provide: DataSource, useExisting: SERVICE_DATA_SOURCE },
        {
          // The data source (migrated) comes first, so nothing can use the store before its tables exist.
          provide: EVENT_STORE,
          useFactory: (pool: Pool, registry: EventRegistry, _migrated: ServiceDataSource) =>
            createServiceStore(pool, options, registry),
          inject: [PG_POOL, EVENT_REGISTRY, SERVICE_DATA_SOURCE],
        },
        ...exported,
      ],
      exports: [EVENT_STORE_OPTIONS, EVENT_REGISTRY, EVENT_STORE, SERVICE_DATA_SOURCE, DataSource, ...exported],
    };
  }
}
