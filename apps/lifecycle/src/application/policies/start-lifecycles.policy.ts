import { Logger } from '@nestjs/common';
import { lifecycleIdFor, ProductRegisteredV1, VersionPlannedV1 } from '@product-ledger/contracts';
import { executeCommand } from '@product-ledger/event-store';
import {
  defineConsumer,
  type ConsumedEventOf,
  type ConsumerDefinition,
} from '@product-ledger/nest-event-sourcing';
import { LifecycleAlreadyStarted } from '../../domain/lifecycle/lifecycle-errors';
import { lifecycleCommand, type LifecycleRequest } from '../commands/lifecycle-command';

const logger = new Logger('StartLifecycles');
const actor = 'policy:start-lifecycles';
/** What starts a lifecycle; the topic's other events are skipped. */
const starts = [ProductRegisteredV1, VersionPlannedV1] as const;

/**
 * A registered product, and every planned version, gets its lifecycle. The lifecycle id is derived from
 * the product id (and version) and the start is appended with `no_stream` on the consumer's transaction:
 * the same event twice (a redelivery, or a replay from the beginning) starts one lifecycle.
 */
export function startLifecycles(groupPrefix: string, catalogueProductTopic: string): ConsumerDefinition {
  return defineConsumer({
    name: 'start-lifecycles',
    groupId: `${groupPrefix}.start-lifecycles`,
    topics: [catalogueProductTopic],
    contracts: starts,
    dedupeByEventId: true,
    async handle(event, _client, { tx }) {
      const start = startFor(event);
      try {
        await executeCommand(tx, lifecycleCommand, start, { expectedVersion: 'no_stream' });
      } catch (error) {
        if (!(error instanceof LifecycleAlreadyStarted)) throw error;
        logger.debug({ lifecycleId: start.lifecycleId, eventId: event.eventId }, 'lifecycle already started');
      }
    },
  });
}

function startFor(event: ConsumedEventOf<typeof starts>): LifecycleRequest {
  const at = (event.time ?? new Date()).toISOString();
  switch (event.type) {
    case 'ProductRegistered': {
      const { productId, initialStage } = event.data;
      return {
        type: 'StartLifecycle',
        lifecycleId: lifecycleIdFor(productId),
        productId,
        stage: initialStage ?? 'innovation',
        trigger: 'ProductRegistered',
        actor,
        at,
      };
    }
    case 'VersionPlanned': {
      const { productId, version } = event.data;
      return {
        type: 'StartLifecycle',
        lifecycleId: lifecycleIdFor(productId, version),
        productId,
        version,
        stage: 'innovation',
        trigger: 'VersionPlanned',
        actor,
        at,
      };
    }
  }
}
