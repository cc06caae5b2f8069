import { ProductWithdrawnV1 } from '@product-ledger/contracts';
import { defineConsumer, type ConsumerDefinition } from '@product-ledger/nest-event-sourcing';
import { awaitingStatuses } from '../../domain/request/request-state';
import { recordProductWithdrawn } from '../../persistence/known-products';
import { awaitingRequestsOf } from '../../persistence/request-index';
import { executeCommand, policyRetry } from '@product-ledger/event-store';
import { requestCommand } from '../commands/request-command';
import type { RequestsTopology } from './requests-topology';

/**
 * Closes by policy: when the lifecycle withdraws a product (not one version of it), the product takes no
 * more requests and every request still waiting on it (open, accepted, deferred) is closed. A withdrawal
 * delivered twice finds them closed and decides nothing.
 */
export function productWithdrawalsConsumer(topology: RequestsTopology): ConsumerDefinition {
  return defineConsumer({
    name: 'product-withdrawals',
    groupId: topology.groupId('product-withdrawals'),
    // A request written over HTTP at the same moment is a version conflict: try again rather than dead-letter.
    retry: policyRetry,
    topics: [topology.lifecycleTopic],
    // Only the withdrawals: the topic's other events are skipped.
    contracts: [ProductWithdrawnV1],
    async handle(event, client, { tx }) {
      const { productId, version, reason } = event.data;
      if (version !== undefined) return;
      // Marking the product withdrawn takes its row lock: a request being linked to it commits first.
      await recordProductWithdrawn(client, productId);
      const at = new Date().toISOString();
      for (const requestId of await awaitingRequestsOf(client, productId, awaitingStatuses)) {
        await executeCommand(tx, requestCommand, {
          type: 'CloseRequestOfWithdrawnProduct',
          requestId,
          productId,
          reason: `The product was withdrawn: ${reason}`.slice(0, 4000),
          withdrawalEventId: event.eventId,
          at,
        });
      }
    },
  });
}
