import type { EventContract } from '@product-ledger/contracts';
import type { Upcaster } from '@product-ledger/event-store';
import type { ConsumerDefinition } from '../consumers/consumer-definition';
import type { ProjectionDefinition } from '../consumers/projection-definition';
import type { ServiceDataSourceOptions } from '../migrations/service-data-source';
import type { ServiceMigrationClass } from '../migrations/sql-migration';

export interface RelaySettings {
  /** False in processes that must not publish (one-off scripts, tests of a read side). */
  readonly enabled: boolean;
  /** CloudEvents `source` of every published event, e.g. 'product-ledger/catalogue'. */
  readonly source: string;
  /** Partitions of the topics the relay creates. Default 3. */
  readonly partitions?: number;
  /** Relay name (its checkpoint row and lock). Default 'kafka'. */
  readonly name?: string;
  readonly batchSize?: number;
  readonly pollIntervalMs?: number;
}

export interface IdempotencySettings {
  /** First part of every key's scope. Default: the service name. */
  readonly scope?: string;
  /** A key whose first request has not finished after this long may be taken over (crashed process). Default 60 s. */
  readonly inFlightLeaseMs?: number;
}

export interface EventStoreModuleOptions {
  /** PostgreSQL schema of the store's tables. Default 'public'. */
  readonly schema?: string;
  /**
   * Every table of the service, the event store's first (`eventStoreSchema()`), run at start with TypeORM's
   * migration runner (the service's `migrate.js` runs the same list before a release).
   */
  readonly migrations: readonly ServiceMigrationClass[];
  readonly afterMigrations?: ServiceDataSourceOptions['afterMigrations'];
  /** Every event type the service appends or consumes, at every schema version. */
  readonly contracts: readonly EventContract[];
  readonly upcasters?: readonly Upcaster[];
  readonly relay: RelaySettings;
  readonly projections?: readonly ProjectionDefinition[];
  /** Policies and other consumers that are not rebuildable read models. */
  readonly consumers?: readonly ConsumerDefinition[];
  readonly idempotency?: IdempotencySettings;
}
