import { defineCommand, loadAggregate, type EventStoreTransaction } from '@product-ledger/event-store';
import type { ProductCommand, RegisterProduct, ReviseProduct } from '../../domain/product/product-commands';
import { productDecider } from '../../domain/product/product-decider';
import type { ProductEvent } from '../../domain/product/product-events';
import type { ProductState } from '../../domain/product/product-state';
import { reserveProductCode } from '../../persistence/product-code-reservations';
import { availabilityOf, countProductsIn, lockLineOccupancy } from '../../persistence/product-line-occupancy';

/** Product commands without the line availability, which is read here under the line's row lock. */
export type ProductRequest =
  | Omit<RegisterProduct, 'productLine'>
  | Omit<ReviseProduct, 'productLine'>
  | Exclude<ProductCommand, RegisterProduct | ReviseProduct>;

/**
 * A product's commands. `prepare` reads the availability of the lines a product enters or leaves under
 * their row locks; `afterAppend` writes the guard rows the events imply: the code reservation of a
 * registration (a duplicate fails the whole transaction) and the active product counts of the lines.
 */
export const productCommand = defineCommand({
  decider: productDecider,
  streamId: (request: ProductRequest) => request.productId,
  prepare: (request, { tx }) => withLineAvailability(tx, request),
  async afterAppend(outcome, tx) {
    for (const event of outcome.events) await keepGuardsInStep(tx, event, outcome.state);
  },
});

async function withLineAvailability(
  tx: EventStoreTransaction,
  request: ProductRequest,
): Promise<ProductCommand> {
  if (request.type === 'RegisterProduct') {
    const lines = await lockLineOccupancy(tx.client, [request.productLineId]);
    return { ...request, productLine: availabilityOf(lines.get(request.productLineId)) };
  }
  const leavesLine =
    (request.type === 'ReviseProduct' && request.productLineId !== undefined) ||
    request.type === 'RetireProduct' ||
    request.type === 'RetireWithdrawnProduct';
  if (!leavesLine) return request;
  // Lock the current and the target line together, in a fixed order: two opposite moves never deadlock.
  const { state } = await loadAggregate(tx, request.productId, productDecider);
  const current = state.exists ? [state.productLineId] : [];
  const target = request.type === 'ReviseProduct' && request.productLineId ? [request.productLineId] : [];
  const lines = await lockLineOccupancy(tx.client, [...current, ...target]);
  if (request.type !== 'ReviseProduct' || request.productLineId === undefined) return request;
  return { ...request, productLine: availabilityOf(lines.get(request.productLineId)) };
}

async function keepGuardsInStep(
  tx: EventStoreTransaction,
  event: ProductEvent,
  after: ProductState,
): Promise<void> {
  switch (event.type) {
    case 'ProductRegistered':
      await reserveProductCode(tx.client, event.data.code, event.data.productId);
      await countProductsIn(tx.client, event.data.productLineId, 1);
      return;
    case 'ProductMovedToLine':
      await countProductsIn(tx.client, event.data.previousProductLineId, -1);
      await countProductsIn(tx.client, event.data.productLineId, 1);
      return;
    case 'ProductRetired':
      if (after.exists) await countProductsIn(tx.client, after.productLineId, -1);
      return;
    default:
      return;
  }
}
