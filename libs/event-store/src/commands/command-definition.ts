import type { Decider, DomainEvent } from '@product-ledger/domain';
import type { EventStoreTransaction } from '../store/event-store';
import type { CommandOutcome } from './command-outcome';
import type { LoadedAggregate } from './load-aggregate';

/** What `prepare` may use: the command's transaction and the stream as it was loaded for the decision. */
export interface CommandContext<State> {
  readonly tx: EventStoreTransaction;
  readonly loaded: LoadedAggregate<State>;
}

/**
 * How one aggregate's commands run, written once per aggregate in a service's `application/commands/`:
 * which stream, which decider, and the two places a service may add work to the transaction.
 *
 * `Input` is what callers (controllers, policies) pass; it is the decider's `Command` unless `prepare`
 * turns one into the other.
 */
export interface CommandDefinition<Input, Command, Event extends DomainEvent, State> {
  readonly decider: Decider<Command, Event, State>;
  streamId(input: Input): string;
  /**
   * Adds the facts the decider needs that live outside the stream (a line's availability read under its row
   * lock, the playbook in force), in the command's transaction. Without it the input is the command.
   */
  prepare?(input: Input, context: CommandContext<State>): Promise<Command> | Command;
  /**
   * Rows that must commit with the events (a uniqueness reservation, an index): runs after the append in the
   * same transaction; throwing undoes the append.
   */
  afterAppend?(outcome: CommandOutcome<State, Event>, tx: EventStoreTransaction): Promise<void>;
}

/** Types a definition (and infers its parameters) without changing it. */
export function defineCommand<Command, Event extends DomainEvent, State, Input = Command>(
  definition: CommandDefinition<Input, Command, Event, State>,
): CommandDefinition<Input, Command, Event, State> {
  return definition;
}
