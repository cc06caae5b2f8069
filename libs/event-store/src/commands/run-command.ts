import type { DomainEvent } from '@product-ledger/domain';
import type { RetryPolicy } from '../retry/backoff';
import type { EventStore } from '../store/event-store';
import type { CommandDefinition } from './command-definition';
import type { CommandOutcome } from './command-outcome';
import { executeCommand, type CommandOptions } from './execute-command';
import { inRetryingTransaction } from './retrying-transaction';

export interface RunCommandOptions extends CommandOptions {
  /** Default `commandRetry`. */
  readonly retry?: RetryPolicy;
}

/**
 * The write path of every service: one command in a transaction of its own. Without an expected version
 * (no If-Match) a lost race is decided again on the newer state; with one, a conflict is final (409).
 */
export function runCommand<Input, Command, Event extends DomainEvent, State>(
  store: EventStore,
  definition: CommandDefinition<Input, Command, Event, State>,
  input: Input,
  options: RunCommandOptions = {},
): Promise<CommandOutcome<State, Event>> {
  return inRetryingTransaction(store, (tx) => executeCommand(tx, definition, input, options), {
    retryOnConflict: options.expectedVersion === undefined,
    retry: options.retry,
  });
}
