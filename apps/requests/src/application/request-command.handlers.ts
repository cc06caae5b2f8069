import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideInTransaction, type EventStore } from '@product-ledger/event-store';
import { EVENT_STORE } from '@product-ledger/nest-event-sourcing';
import type { RequestOutcome } from './command-outcome';
import { ExecuteRequestCommand, MergeDuplicateRequest } from './request-commands';
import { runMerge } from './run-merge';
import { runRequestCommand } from './run-request-command';

/**
 * Requests retry longer than the default: merges lock two streams' index rows and can deadlock against
 * each other repeatedly under load, so up to 10 attempts with pauses capped at a second.
 */
const requestRetries = { attempts: 10, baseDelayMs: 10, maxDelayMs: 1000 } as const;

@CommandHandler(ExecuteRequestCommand)
export class RequestCommandHandler implements ICommandHandler<ExecuteRequestCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ input, expectedVersion }: ExecuteRequestCommand): Promise<RequestOutcome> {
    return decideInTransaction(this.store, (tx) => runRequestCommand(tx, tx.client, input, expectedVersion), {
      retryOnConflict: expectedVersion === undefined,
      ...requestRetries,
    });
  }
}

@CommandHandler(MergeDuplicateRequest)
export class MergeDuplicateRequestHandler implements ICommandHandler<MergeDuplicateRequest> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ input, expectedVersion }: MergeDuplicateRequest): Promise<{ duplicate: RequestOutcome; primary: RequestOutcome }> {
    return decideInTransaction(this.store, (tx) => runMerge(tx, tx.client, input, expectedVersion), {
      retryOnConflict: expectedVersion === undefined,
      ...requestRetries,
    });
  }
}
