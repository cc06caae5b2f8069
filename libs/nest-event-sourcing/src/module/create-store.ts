import { createEventRegistry, createEventStore, type EventRegistry, type EventStore } from '@product-ledger/event-store';
import type { Pool } from 'pg';
import { ServiceDataSource } from '../migrations/service-data-source';
import type { EventStoreModuleOptions } from './event-store-module-options';
import { requestContextMetadata } from './request-context-metadata';

export function registryOf(options: EventStoreModuleOptions): EventRegistry {
  return createEventRegistry(options.contracts);
}

/**
 * The service's data source on its pool, with every migration applied: the event store is made from it, so
 * nothing that injects the store (HTTP, the relay, consumers) runs before the tables exist. The run is
 * advisory-locked: several instances starting together are fine.
 */
export async function createMigratedDataSource(
  serviceName: string,
  pool: Pool,
  options: EventStoreModuleOptions,
): Promise<ServiceDataSource> {
  const dataSource = new ServiceDataSource({
    service: serviceName,
    migrations: options.migrations,
    afterMigrations: options.afterMigrations,
    pool,
    schema: options.schema,
  });
  await dataSource.initialize();
  await dataSource.runMigrations();
  return dataSource;
}

export function createServiceStore(pool: Pool, options: EventStoreModuleOptions, registry: EventRegistry): EventStore {
  return createEventStore({
    pool,
    schema: options.schema,
    registry,
    upcasters: options.upcasters,
    metadata: requestContextMetadata,
  });
}
