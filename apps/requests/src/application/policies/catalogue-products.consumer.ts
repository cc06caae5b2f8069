import { productContracts } from '@product-ledger/contracts';
import { defineConsumer, type ConsumerDefinition } from '@product-ledger/nest-event-sourcing';
import {
  recordProductRegistered,
  recordProductRenamed,
  recordProductRetired,
  recordRelease,
} from '../../persistence/known-products';
import { acceptedRequestsOf } from '../../persistence/request-index';
import { executeCommand, policyRetry } from '@product-ledger/event-store';
import { requestCommand } from '../commands/request-command';
import type { RequestsTopology } from './requests-topology';

/**
 * Builds the local product read model from the catalogue's product events, and delivers requests by
 * policy: when a version is released, every request accepted for that version of that product is
 * delivered. All of it commits with the consumer's checkpoint; a release delivered twice finds the
 * requests already delivered and decides nothing.
 */
export function catalogueProductsConsumer(topology: RequestsTopology): ConsumerDefinition {
  return defineConsumer({
    name: 'catalogue-products',
    groupId: topology.groupId('catalogue-products'),
    // A request written over HTTP at the same moment is a version conflict: try again rather than dead-letter.
    retry: policyRetry,
    topics: [topology.catalogueProductTopic],
    contracts: productContracts,
    async handle(event, client, { tx }) {
      switch (event.type) {
        case 'ProductRegistered': {
          const { productId, code, name } = event.data;
          return recordProductRegistered(client, { productId, code, name });
        }
        case 'ProductRenamed': {
          const { productId, name } = event.data;
          return recordProductRenamed(client, productId, name);
        }
        case 'ProductRetired':
          return recordProductRetired(client, event.data.productId);
        case 'VersionReleased': {
          const { productId, version, releasedAt } = event.data;
          // The release takes the product's row lock first: an acceptance in flight commits before we look.
          await recordRelease(client, productId, version, releasedAt);
          const at = new Date().toISOString();
          for (const requestId of await acceptedRequestsOf(client, productId)) {
            await executeCommand(tx, requestCommand, {
              type: 'DeliverRequest',
              requestId,
              productId,
              version,
              releasedAt,
              at,
            });
          }
          return;
        }
        default:
          return;
      }
    },
  });
}
