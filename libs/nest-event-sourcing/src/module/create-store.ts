import {
  createEventRegistry,
  createEventStore,
  migrateEventStore,
  type EventRegistry,
  type EventStore,
} from '@product-ledger/event-store';
import type { Pool } from 'pg';
import type { EventStoreModuleOptions } from './event-store-module-options';
import { requestContextMetadata } from './request-context-metadata';

export function registryOf(options: EventStoreModuleOptions): EventRegistry {
  return createEventRegistry(options.contracts);
}

/**
 * Migrates first, so nothing that injects the store can run before its tables exist (the migration is
 * idempotent and advisory-locked: several instances starting together are fine).
 */
export async function createMigratedStore(
  pool: Pool,
  options: EventStoreModuleOptions,
  registry: EventRegistry,
): Promise<EventStore> {
  await migrateEventStore(pool, { schema: options.schema });
  return createEventStore({
    pool,
    schema: options.schema,
    registry,
    upcasters: options.upcasters,
    metadata: requestContextMetadata,
  });
}
