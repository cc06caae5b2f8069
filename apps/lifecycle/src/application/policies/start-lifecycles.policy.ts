import { Logger } from '@nestjs/common';
import { lifecycleIdFor, ProductRegisteredV1, VersionPlannedV1 } from '@product-ledger/contracts';
import { executeCommand, type ConsumedEvent } from '@product-ledger/event-store';
import { defineConsumer, type ConsumerDefinition } from '@product-ledger/nest-event-sourcing';
import { applyStewardsEvent } from '@product-ledger/product-access';
import { LifecycleAlreadyStarted } from '../../domain/lifecycle/lifecycle-errors';
import { lifecycleCommand, type LifecycleRequest } from '../commands/lifecycle-command';

const logger = new Logger('StartLifecycles');
const actor = 'policy:start-lifecycles';

/**
 * A registered product, and every planned version, gets its lifecycle. The lifecycle id is derived from
 * the product id (and version) and the start is appended with `no_stream` on the consumer's transaction:
 * the same event twice (a redelivery, or a replay from the beginning) starts one lifecycle. The product's
 * stewards (owner, stakeholders, line) are kept in the same transaction, so a lifecycle never exists here
 * without them (the ownership rule reads them).
 */
export function startLifecycles(groupPrefix: string, catalogueProductTopic: string): ConsumerDefinition {
  return defineConsumer({
    name: 'start-lifecycles',
    groupId: `${groupPrefix}.start-lifecycles`,
    topics: [catalogueProductTopic],
    dedupeByEventId: true,
    async handle(event, client, { tx }) {
      await applyStewardsEvent(client, event);
      const start = startFor(event);
      if (!start) return;
      try {
        await executeCommand(tx, lifecycleCommand, start, { expectedVersion: 'no_stream' });
      } catch (error) {
        if (!(error instanceof LifecycleAlreadyStarted)) throw error;
        logger.debug({ lifecycleId: start.lifecycleId, eventId: event.eventId }, 'lifecycle already started');
      }
    },
  });
}

function startFor(event: ConsumedEvent): LifecycleRequest | undefined {
  const at = (event.time ?? new Date()).toISOString();
  if (event.type === ProductRegisteredV1.type) {
    const { productId, initialStage } = ProductRegisteredV1.schema.parse(event.data);
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
  if (event.type === VersionPlannedV1.type) {
    const { productId, version } = VersionPlannedV1.schema.parse(event.data);
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
  return undefined;
}
