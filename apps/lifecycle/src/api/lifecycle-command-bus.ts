import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { ExpectedVersion } from '@product-ledger/event-store';
import { ExecuteLifecycleCommand } from '../application/lifecycle-nest-commands';
import type { LifecycleOutcome, LifecycleRequest } from '../application/run-lifecycle-command';
import type { StartedLifecycle } from '../domain/lifecycle/lifecycle-state';

/** Sends a lifecycle command over the bus; every command that succeeds leaves a started lifecycle. */
@Injectable()
export class LifecycleCommandBus {
  constructor(private readonly commandBus: CommandBus) {}

  async execute(
    request: LifecycleRequest,
    expectedVersion?: ExpectedVersion,
  ): Promise<LifecycleOutcome & { lifecycle: StartedLifecycle }> {
    const outcome = await this.commandBus.execute<ExecuteLifecycleCommand, LifecycleOutcome>(
      new ExecuteLifecycleCommand(request, expectedVersion),
    );
    if (outcome.state.status !== 'started')
      throw new Error(`lifecycle ${request.lifecycleId} is not started after ${request.type}`);
    return { ...outcome, lifecycle: outcome.state };
  }
}
