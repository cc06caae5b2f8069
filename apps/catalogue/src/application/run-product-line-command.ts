import { handleCommand, type EventStreams, type ExpectedVersion } from '@product-ledger/event-store';
import type { PoolClient } from 'pg';
import type { ProductLineCommand } from '../domain/product-line/product-line-commands';
import { productLineDecider } from '../domain/product-line/product-line-decider';
import type { ProductLineState } from '../domain/product-line/product-line-state';
import {
  lockLineOccupancy,
  markLineArchived,
  openLineOccupancy,
} from '../persistence/product-line-occupancy';
import type { CommandOutcome } from './command-outcome';

/** Product-line commands without the facts the caller cannot know (filled here, under the row lock). */
export type ProductLineRequest =
  | Exclude<ProductLineCommand, { type: 'ArchiveProductLine' }>
  | { readonly type: 'ArchiveProductLine'; readonly productLineId: string };

/**
 * Decides a product-line command and keeps the line's occupancy row in step, all on `client`'s open
 * transaction. Archiving locks that row first, so no product can enter or stay active in the line
 * between the count and the archive.
 */
export async function runProductLineCommand(
  streams: EventStreams,
  client: PoolClient,
  request: ProductLineRequest,
  expectedVersion?: ExpectedVersion,
): Promise<CommandOutcome<ProductLineState>> {
  const command = await withOccupancy(client, request);
  const result = await handleCommand(streams, request.productLineId, productLineDecider, command, {
    expectedVersion,
  });
  for (const event of result.events) {
    if (event.type === 'ProductLineCreated') await openLineOccupancy(client, request.productLineId);
    if (event.type === 'ProductLineArchived') await markLineArchived(client, request.productLineId);
  }
  return {
    streamId: request.productLineId,
    state: result.state,
    version: result.nextExpectedVersion,
    events: result.events,
  };
}

async function withOccupancy(client: PoolClient, request: ProductLineRequest): Promise<ProductLineCommand> {
  if (request.type !== 'ArchiveProductLine') return request;
  const occupancy = (await lockLineOccupancy(client, [request.productLineId])).get(request.productLineId);
  return { ...request, activeProducts: occupancy?.activeProducts ?? 0 };
}
