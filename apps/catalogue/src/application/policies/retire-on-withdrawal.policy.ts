import { Logger } from '@nestjs/common';
import { ProductWithdrawnV1, Topics } from '@product-ledger/contracts';
import { NotFoundError } from '@product-ledger/domain';
import { executeCommand } from '@product-ledger/event-store';
import { defineConsumer, type ConsumerDefinition } from '@product-ledger/nest-event-sourcing';
import { productCommand } from '../commands/product-command';

const logger = new Logger('RetireOnWithdrawal');

/**
 * When the lifecycle service withdraws a product, the catalogue retires it. The retirement is appended
 * on the consumer's transaction, so it commits with the checkpoint; a redelivered event finds the product
 * retired already and appends nothing, and event ids are deduplicated on top.
 */
export function retireOnWithdrawal(
  groupPrefix: string,
  lifecycleTopic: string = Topics.lifecycle,
): ConsumerDefinition {
  return defineConsumer({
    name: 'retire-on-withdrawal',
    groupId: `${groupPrefix}.retire-on-withdrawal`,
    topics: [lifecycleTopic],
    // Only the withdrawals: the topic's other events are skipped.
    contracts: [ProductWithdrawnV1],
    dedupeByEventId: true,
    async handle(event, _client, { tx }) {
      const { productId, version, reason } = event.data;
      // With a version, only that version was withdrawn: the product itself stays.
      if (version !== undefined) return;
      try {
        await executeCommand(tx, productCommand, {
          type: 'RetireWithdrawnProduct',
          productId,
          reason: (reason.trim() || 'withdrawn from the market').slice(0, 4000),
          withdrawalEventId: event.eventId,
        });
      } catch (error) {
        // A withdrawal of a product this catalogue never registered (another deployment's, or a typo in an
        // integration) has nothing to retire; every other error is retried and then dead-lettered.
        if (error instanceof NotFoundError && error.code === 'product.not_found') {
          logger.warn({ productId, eventId: event.eventId }, 'withdrawn product is not in the catalogue');
          return;
        }
        throw error;
      }
    },
  });
}
