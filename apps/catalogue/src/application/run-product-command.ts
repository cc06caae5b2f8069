import {
  handleCommand,
  loadAggregate,
  type EventStreams,
  type ExpectedVersion,
  type StoredEvent,
} from '@product-ledger/event-store';
import type { PoolClient } from 'pg';
import type { ProductCommand, RegisterProduct, ReviseProduct } from '../domain/product/product-commands';
import { productDecider } from '../domain/product/product-decider';
import type { ProductEvent } from '../domain/product/product-events';
import type { ProductState } from '../domain/product/product-state';
import { reserveProductCode } from '../persistence/product-code-reservations';
import { availabilityOf, countProductsIn, lockLineOccupancy } from '../persistence/product-line-occupancy';
import type { CommandOutcome } from './command-outcome';

/** Product commands without the line availability, which is read here under the line's row lock. */
export type ProductRequest =
  | Omit<RegisterProduct, 'productLine'>
  | Omit<ReviseProduct, 'productLine'>
  | Exclude<ProductCommand, RegisterProduct | ReviseProduct>;

/**
 * Decides a product command on `client`'s open transaction and writes the guard rows the events imply:
 * the code reservation for a registration (a duplicate fails the whole transaction) and the active
 * product counts of the lines a product enters, leaves or retires from.
 */
export async function runProductCommand(
  streams: EventStreams,
  client: PoolClient,
  request: ProductRequest,
  expectedVersion?: ExpectedVersion,
): Promise<CommandOutcome<ProductState>> {
  const command = await withLineAvailability(streams, client, request);
  const result = await handleCommand(streams, request.productId, productDecider, command, {
    expectedVersion,
  });
  for (const event of result.events)
    await keepGuardsInStep(client, event as StoredEvent & ProductEvent, result.state);
  return {
    streamId: request.productId,
    state: result.state,
    version: result.nextExpectedVersion,
    events: result.events,
  };
}

async function withLineAvailability(
  streams: EventStreams,
  client: PoolClient,
  request: ProductRequest,
): Promise<ProductCommand> {
  if (request.type === 'RegisterProduct') {
    const lines = await lockLineOccupancy(client, [request.productLineId]);
    return { ...request, productLine: availabilityOf(lines.get(request.productLineId)) };
  }
  const leavesLine =
    (request.type === 'ReviseProduct' && request.productLineId !== undefined) ||
    request.type === 'RetireProduct' ||
    request.type === 'RetireWithdrawnProduct';
  if (!leavesLine) return request;
  // Lock the current and the target line together, in a fixed order: two opposite moves never deadlock.
  const { state } = await loadAggregate(streams, request.productId, productDecider);
  const current = state.exists ? [state.productLineId] : [];
  const target = request.type === 'ReviseProduct' && request.productLineId ? [request.productLineId] : [];
  const lines = await lockLineOccupancy(client, [...current, ...target]);
  if (request.type !== 'ReviseProduct' || request.productLineId === undefined) return request;
  return { ...request, productLine: availabilityOf(lines.get(request.productLineId)) };
}

async function keepGuardsInStep(client: PoolClient, event: ProductEvent, after: ProductState): Promise<void> {
  switch (event.type) {
    case 'ProductRegistered':
      await reserveProductCode(client, event.data.code, event.data.productId);
      await countProductsIn(client, event.data.productLineId, 1);
      return;
    case 'ProductMovedToLine':
      await countProductsIn(client, event.data.previousProductLineId, -1);
      await countProductsIn(client, event.data.productLineId, 1);
      return;
    case 'ProductRetired':
      if (after.exists) await countProductsIn(client, after.productLineId, -1);
      return;
    default:
      return;
  }
}
