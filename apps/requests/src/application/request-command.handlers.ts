import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EventStore } from '@product-ledger/event-store';
import { EVENT_STORE } from '@product-ledger/nest-event-sourcing';
import type { RequestOutcome } from './command-outcome';
import { decideInTransaction } from './decide-in-transaction';
import { ExecuteRequestCommand, MergeDuplicateRequest } from './request-commands';
import { runMerge } from './run-merge';
import { runRequestCommand } from './run-request-command';

@CommandHandler(ExecuteRequestCommand)
export class RequestCommandHandler implements ICommandHandler<ExecuteRequestCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ input, expectedVersion }: ExecuteRequestCommand): Promise<RequestOutcome> {
    return decideInTransaction(this.store, (tx) => runRequestCommand(tx, tx.client, input, expectedVersion), {
      retryOnConflict: expectedVersion === undefined,
    });
  }
}

@CommandHandler(MergeDuplicateRequest)
export class MergeDuplicateRequestHandler implements ICommandHandler<MergeDuplicateRequest> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ input, expectedVersion }: MergeDuplicateRequest): Promise<{ duplicate: RequestOutcome; primary: RequestOutcome }> {
    return decideInTransaction(this.store, (tx) => runMerge(tx, tx.client, input, expectedVersion), {
      retryOnConflict: expectedVersion === undefined,
    });
  }
}
