import type { PoolClient } from 'pg';
import type { ConsumerDefinition, ConsumerHandler, ConsumerSettings } from './consumer-definition';

/** A read model fed from Kafka: its tables, how to empty them, and how one event changes them. */
export interface ProjectionDefinition extends ConsumerSettings {
  readonly kind: 'projection';
  /** Creates or updates the projection's tables; idempotent (runs at every start). */
  migrate(client: PoolClient): Promise<void>;
  /** Empties the projection's tables (rebuild); runs in the reset's transaction. */
  reset(client: PoolClient): Promise<void>;
  readonly handle: ConsumerHandler;
}

export function defineProjection(definition: Omit<ProjectionDefinition, 'kind'>): ProjectionDefinition {
  return { ...definition, kind: 'projection' };
}

/** Anything the module runs on the consumer runner. */
export type ProcessorDefinition = ProjectionDefinition | ConsumerDefinition;
