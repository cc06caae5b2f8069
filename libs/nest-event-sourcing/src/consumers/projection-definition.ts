import type { EventContract } from '@product-ledger/contracts';
import type { PoolClient } from 'pg';
import {
  readerOf,
  type ConsumerDefinition,
  type ConsumerHandler,
  type ConsumerSettings,
  type EventsRead,
} from './consumer-definition';

/**
 * A read model fed from Kafka: how to empty its tables and how one event changes them. Its tables are
 * created by the service's migrations, like every other table.
 */
export interface ProjectionDefinition extends ConsumerSettings {
  readonly kind: 'projection';
  /** Empties the projection's tables (rebuild); runs in the reset's transaction. */
  reset(client: PoolClient): Promise<void>;
  readonly handle: ConsumerHandler;
}

/** A projection as written: with `contracts`, `handle` gets only their events, narrowed by `type`. */
export interface ProjectionDefinitionInput<Contracts extends readonly EventContract[] | undefined = undefined>
  extends ConsumerSettings {
  readonly contracts?: Contracts;
  reset(client: PoolClient): Promise<void>;
  readonly handle: ConsumerHandler<EventsRead<Contracts>>;
}

export function defineProjection<const Contracts extends readonly EventContract[] | undefined = undefined>(
  definition: ProjectionDefinitionInput<Contracts>,
): ProjectionDefinition {
  const reads = readerOf<Contracts>(definition.name, definition.contracts);
  const { handle: handleRead } = definition;
  const handle: ConsumerHandler = (event, client, context) =>
    reads(event) ? handleRead(event, client, context) : Promise.resolve();
  return { ...definition, handle, kind: 'projection' };
}

/** Anything the module runs on the consumer runner. */
export type ProcessorDefinition = ProjectionDefinition | ConsumerDefinition;
