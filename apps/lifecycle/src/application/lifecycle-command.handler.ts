import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcurrencyError, type EventStore } from '@product-ledger/event-store';
import { EVENT_STORE } from '@product-ledger/nest-event-sourcing';
import { LifecycleNotFound } from '../domain/lifecycle/lifecycle-errors';
import { ExecuteLifecycleCommand } from './lifecycle-nest-commands';
import { runLifecycleCommand, type LifecycleOutcome } from './run-lifecycle-command';

/**
 * Runs a lifecycle command against the store. Without `If-Match` a concurrent write only means someone
 * else was first: the command is decided again on the newer state. With it, a conflict is final (409).
 */
@CommandHandler(ExecuteLifecycleCommand)
export class LifecycleCommandHandler implements ICommandHandler<ExecuteLifecycleCommand, LifecycleOutcome> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ request, expectedVersion }: ExecuteLifecycleCommand): Promise<LifecycleOutcome> {
    try {
      return await runLifecycleCommand(this.store, request, {
        expectedVersion,
        retryOnConflict: { attempts: 3, baseDelayMs: 10, maxDelayMs: 200 },
      });
    } catch (error) {
      // An If-Match on a lifecycle that does not exist is a 404, not a version clash.
      if (error instanceof ConcurrencyError && error.actual === 0)
        throw new LifecycleNotFound(request.lifecycleId);
      throw error;
    }
  }
}
