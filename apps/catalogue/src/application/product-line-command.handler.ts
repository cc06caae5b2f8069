import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideInTransaction, type EventStore } from '@product-ledger/event-store';
import { EVENT_STORE } from '@product-ledger/nest-event-sourcing';
import type { ProductLineState } from '../domain/product-line/product-line-state';
import type { CommandOutcome } from './command-outcome';
import { ExecuteProductLineCommand } from './catalogue-commands';
import { runProductLineCommand } from './run-product-line-command';

@CommandHandler(ExecuteProductLineCommand)
export class ProductLineCommandHandler implements ICommandHandler<ExecuteProductLineCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({
    request,
    expectedVersion,
  }: ExecuteProductLineCommand): Promise<CommandOutcome<ProductLineState>> {
    return decideInTransaction(
      this.store,
      (tx) => runProductLineCommand(tx, tx.client, request, expectedVersion),
      {
        retryOnConflict: expectedVersion === undefined,
      },
    );
  }
}
