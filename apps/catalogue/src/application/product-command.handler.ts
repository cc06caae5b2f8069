import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideInTransaction, type EventStore } from '@product-ledger/event-store';
import { EVENT_STORE } from '@product-ledger/nest-event-sourcing';
import type { ProductState } from '../domain/product/product-state';
import type { CommandOutcome } from './command-outcome';
import { ExecuteProductCommand } from './catalogue-commands';
import { runProductCommand } from './run-product-command';

@CommandHandler(ExecuteProductCommand)
export class ProductCommandHandler implements ICommandHandler<ExecuteProductCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ request, expectedVersion }: ExecuteProductCommand): Promise<CommandOutcome<ProductState>> {
    return decideInTransaction(
      this.store,
      (tx) => runProductCommand(tx, tx.client, request, expectedVersion),
      {
        retryOnConflict: expectedVersion === undefined,
      },
    );
  }
}
