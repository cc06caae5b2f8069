import type { PoolClient } from 'pg';
import type { ConsumerDefinition, ConsumerHandler, ConsumerSettings } from './consumer-definition';

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

export function defineProjection(definition: Omit<ProjectionDefinition, 'kind'>): ProjectionDefinition {
  return { ...definition, kind: 'projection' };
}

/** Anything the module runs on the consumer runner. */
export type ProcessorDefinition = ProjectionDefinition | ConsumerDefinition;
