import { Inject } from '@nestjs/common';
import {
  handleCommand,
  type Decider,
  type DomainEvent,
  type EventMetadata,
  type EventStore,
  type EventStreams,
  type ExpectedVersion,
  type RetryPolicy,
} from '@product-ledger/event-store';
import type { PoolClient } from 'pg';
import { EVENT_STORE } from '../module/tokens';
import type { CommandOutcome } from './command-outcome';
import { retryOnConcurrencyError } from './conflict-retry';

/** A command that may carry the version the client saw (e.g. from `If-Match`). */
export interface VersionedCommand {
  readonly expectedVersion?: ExpectedVersion;
}

const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 10, maxDelayMs: 200 };

/**
 * Base of a `@CommandHandler` that runs a decider: load the stream, decide, append with the expected
 * version, return `{ streamId, version, events, state }`.
 *
 * The client's expected version (`command.expectedVersion`) makes a conflict final (409): the client
 * decided on a state that is gone. Without one, a conflict reloads and decides again (`retryOnConflict`).
 * Override `inSameTransaction` for writes that must commit with the events (e.g. a uniqueness reservation).
 */
// Not `implements ICommandHandler`: that type is conditional on the command class, which stays generic here.
export abstract class DeciderCommandHandler<
  Command extends object,
  Event extends DomainEvent,
  State,
  Decision = Command,
> {
  @Inject(EVENT_STORE) protected readonly store!: EventStore;

  protected abstract readonly decider: Decider<Decision, Event, State>;
  protected abstract streamId(command: Command): string;

  /** `false` to fail on the first conflict even without an expected version. */
  protected readonly retryOnConflict: RetryPolicy | false = DEFAULT_RETRY;

  /** The decider's command for the bus's command object; the same object by default. */
  protected toDecision(command: Command): Decision {
    return command as unknown as Decision;
  }

  protected expectedVersion(command: Command): ExpectedVersion | undefined {
    return (command as VersionedCommand).expectedVersion;
  }

  /** Extra metadata for every event of this command (the request context's is added anyway). */
  protected metadata(_command: Command): EventMetadata | undefined {
    return undefined;
  }

  /** When overridden, runs after the append in the same transaction; throwing undoes the append. */
  protected inSameTransaction?(
    outcome: CommandOutcome<Event, State>,
    client: PoolClient,
    command: Command,
  ): Promise<void>;

  async execute(command: Command): Promise<CommandOutcome<Event, State>> {
    const streamId = this.streamId(command);
    const expectedVersion = this.expectedVersion(command);
    const retry = this.retryOnConflict === false ? undefined : this.retryOnConflict;
    const decide = (streams: EventStreams, retryInside?: RetryPolicy) =>
      this.decideAndAppend(streams, streamId, command, expectedVersion, retryInside);

    const hook = this.inSameTransaction?.bind(this);
    if (!hook) return decide(this.store, retry);
    // A conflict aborts the transaction, so the retry goes around the whole of it.
    return retryOnConcurrencyError(expectedVersion === undefined ? retry : undefined, () =>
      this.store.withTransaction(async (tx) => {
        const outcome = await decide(tx);
        await hook(outcome, tx.client, command);
        return outcome;
      }),
    );
  }

  private async decideAndAppend(
    streams: EventStreams,
    streamId: string,
    command: Command,
    expectedVersion: ExpectedVersion | undefined,
    retryOnConflict: RetryPolicy | undefined,
  ): Promise<CommandOutcome<Event, State>> {
    const result = await handleCommand(streams, streamId, this.decider, this.toDecision(command), {
      expectedVersion,
      retryOnConflict,
      metadata: this.metadata(command),
    });
    return { streamId, version: result.nextExpectedVersion, events: result.events, state: result.state };
  }
}
