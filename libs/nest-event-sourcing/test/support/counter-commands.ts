import { CommandHandler } from '@nestjs/cqrs';
import { DomainError, type ExpectedVersion } from '@product-ledger/event-store';
import type { PoolClient } from 'pg';
import { DeciderCommandHandler } from '../../src/commands/decider-command-handler';
import type { CommandOutcome } from '../../src/commands/command-outcome';
import { counterDecider, type CounterCommand, type CounterEvent, type CounterState } from './counter-decider';

export class OpenCounter {
  constructor(
    readonly counterId: string,
    readonly name: string,
  ) {}
}

export class IncrementCounter {
  constructor(
    readonly counterId: string,
    readonly by: number,
    readonly expectedVersion?: ExpectedVersion,
  ) {}
}

@CommandHandler(OpenCounter)
export class OpenCounterHandler extends DeciderCommandHandler<
  OpenCounter,
  CounterEvent,
  CounterState,
  CounterCommand
> {
  protected readonly decider = counterDecider;

  protected streamId(command: OpenCounter): string {
    return command.counterId;
  }

  protected override toDecision(command: OpenCounter): CounterCommand {
    return { type: 'OpenCounter', counterId: command.counterId, name: command.name };
  }

  /** A unique name, reserved in the same transaction as the events (what the catalogue does for codes). */
  protected override async inSameTransaction(
    outcome: CommandOutcome<CounterEvent, CounterState>,
    client: PoolClient,
    command: OpenCounter,
  ): Promise<void> {
    const reserved = await client.query(
      'INSERT INTO counter_names (name, counter_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [command.name, outcome.streamId],
    );
    if (reserved.rowCount === 0) {
      throw new DomainError('counter.name_taken', `a counter named ${command.name} exists`, 'conflict');
    }
  }
}

@CommandHandler(IncrementCounter)
export class IncrementCounterHandler extends DeciderCommandHandler<
  IncrementCounter,
  CounterEvent,
  CounterState,
  CounterCommand
> {
  protected readonly decider = counterDecider;

  protected streamId(command: IncrementCounter): string {
    return command.counterId;
  }

  protected override toDecision(command: IncrementCounter): CounterCommand {
    return { type: 'IncrementCounter', counterId: command.counterId, by: command.by };
  }
}
