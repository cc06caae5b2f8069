import { lifecycleContracts } from '@product-ledger/contracts';
import { defineProjection, type ProjectionDefinition } from '@product-ledger/nest-event-sourcing';
import { applyLifecycleEvent } from './apply-lifecycle-event';

/** The `lifecycles` table, fed from the service's own topic; rebuildable (`reset` empties it). */
export function lifecycleReadModel(groupPrefix: string, lifecycleTopic: string): ProjectionDefinition {
  return defineProjection({
    name: 'lifecycles',
    groupId: `${groupPrefix}.read-model`,
    topics: [lifecycleTopic],
    contracts: lifecycleContracts,
    async reset(client) {
      await client.query('TRUNCATE lifecycles');
    },
    handle: applyLifecycleEvent,
  });
}
