import { defineCommand, type EventStoreTransaction } from '@product-ledger/event-store';
import type { ProductLineCommand } from '../../domain/product-line/product-line-commands';
import { productLineDecider } from '../../domain/product-line/product-line-decider';
import {
  lockLineOccupancy,
  markLineArchived,
  openLineOccupancy,
} from '../../persistence/product-line-occupancy';

/** Product-line commands without the facts the caller cannot know (filled here, under the row lock). */
export type ProductLineRequest =
  | Exclude<ProductLineCommand, { type: 'ArchiveProductLine' }>
  | { readonly type: 'ArchiveProductLine'; readonly productLineId: string };

/**
 * A product line's commands, keeping the line's occupancy row in step in the same transaction. Archiving
 * locks that row first, so no product can enter or stay active in the line between the count and the archive.
 */
export const productLineCommand = defineCommand({
  decider: productLineDecider,
  streamId: (request: ProductLineRequest) => request.productLineId,
  prepare: (request, { tx }) => withOccupancy(tx, request),
  async afterAppend(outcome, tx) {
    for (const event of outcome.events) {
      if (event.type === 'ProductLineCreated') await openLineOccupancy(tx.client, outcome.streamId);
      if (event.type === 'ProductLineArchived') await markLineArchived(tx.client, outcome.streamId);
    }
  },
});

async function withOccupancy(
  tx: EventStoreTransaction,
  request: ProductLineRequest,
): Promise<ProductLineCommand> {
  if (request.type !== 'ArchiveProductLine') return request;
  const occupancy = (await lockLineOccupancy(tx.client, [request.productLineId])).get(request.productLineId);
  return { ...request, activeProducts: occupancy?.activeProducts ?? 0 };
}
