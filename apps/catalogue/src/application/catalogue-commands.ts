import { Command } from '@nestjs/cqrs';
import type { ExpectedVersion } from '@product-ledger/event-store';
import type { ProductLineState } from '../domain/product-line/product-line-state';
import type { ProductState } from '../domain/product/product-state';
import type { CommandOutcome } from './command-outcome';
import type { ProductLineRequest } from './run-product-line-command';
import type { ProductRequest } from './run-product-command';

/**
 * The catalogue's two CommandBus messages: one per aggregate, carrying the decider command and the
 * version the client saw (If-Match), if any.
 */
export class ExecuteProductLineCommand extends Command<CommandOutcome<ProductLineState>> {
  constructor(
    readonly request: ProductLineRequest,
    readonly expectedVersion?: ExpectedVersion,
  ) {
    super();
  }
}

export class ExecuteProductCommand extends Command<CommandOutcome<ProductState>> {
  constructor(
    readonly request: ProductRequest,
    readonly expectedVersion?: ExpectedVersion,
  ) {
    super();
  }
}
