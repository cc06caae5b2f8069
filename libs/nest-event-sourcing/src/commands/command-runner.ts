import { Inject, Injectable } from '@nestjs/common';
import type { DomainEvent } from '@product-ledger/domain';
import {
  inRetryingTransaction,
  runCommand,
  type CommandDefinition,
  type CommandOutcome,
  type EventStore,
  type EventStoreTransaction,
  type RetryingTransactionOptions,
  type RunCommandOptions,
} from '@product-ledger/event-store';
import { EVENT_STORE } from '../module/tokens';

/**
 * What controllers call to change something: `commands.run(productCommand, input, { expectedVersion })`.
 * Controller -> runner -> decider: the same three steps in every service (see `runCommand`).
 */
@Injectable()
export class CommandRunner {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  run<Input, Command, Event extends DomainEvent, State>(
    definition: CommandDefinition<Input, Command, Event, State>,
    input: Input,
    options?: RunCommandOptions,
  ): Promise<CommandOutcome<State, Event>> {
    return runCommand(this.store, definition, input, options);
  }

  /** Several commands that commit together (`executeCommand(tx, ...)` for each), retried as one. */
  inTransaction<T>(work: (tx: EventStoreTransaction) => Promise<T>, options: RetryingTransactionOptions): Promise<T> {
    return inRetryingTransaction(this.store, work, options);
  }
}
