import type { DomainEvent } from '@product-ledger/domain';
import { ConcurrencyError } from '../store/errors';
import type { EventStoreTransaction } from '../store/event-store';
import type { EventMetadata, ExpectedVersion, NewEvent } from '../store/event-types';
import type { CommandDefinition } from './command-definition';
import type { CommandOutcome } from './command-outcome';
import { loadAggregate } from './load-aggregate';
import { inSpan } from '../tracing/spans';

export interface CommandOptions {
  /**
   * The version the client saw (`If-Match`). A stream at another version is a conflict, decided on nothing;
   * without it, the loaded version is expected.
   */
  readonly expectedVersion?: ExpectedVersion;
  /** Added to every appended event's metadata (over the store's provider). */
  readonly metadata?: EventMetadata;
}

/**
 * Load -> prepare -> decide -> append with the expected version -> afterAppend, on a transaction the caller
 * holds (a consumer's batch, a merge of two streams). No retry here: a lost race has aborted the caller's
 * transaction, so only the caller can run it again (`runCommand` does).
 */
export async function executeCommand<Input, Command, Event extends DomainEvent, State>(
  tx: EventStoreTransaction,
  definition: CommandDefinition<Input, Command, Event, State>,
  input: Input,
  options: CommandOptions = {},
): Promise<CommandOutcome<State, Event>> {
  const streamId = definition.streamId(input);
  return inSpan('command', { attributes: { 'product_ledger.stream_id': streamId } }, (span) =>
    decideAndAppend(tx, definition, input, options, streamId, (command) => {
      const type = (command as { type?: unknown } | null)?.type;
      if (typeof type === 'string') span.updateName(`command ${type}`);
    }),
  );
}

async function decideAndAppend<Input, Command, Event extends DomainEvent, State>(
  tx: EventStoreTransaction,
  definition: CommandDefinition<Input, Command, Event, State>,
  input: Input,
  options: CommandOptions,
  streamId: string,
  named: (command: Command) => void,
): Promise<CommandOutcome<State, Event>> {
  const { decider } = definition;
  const loaded = await loadAggregate(tx, streamId, decider);
  const expected = options.expectedVersion ?? loaded.version;
  const stale = typeof expected === 'number' && expected !== loaded.version;
  // A stale version of a stream that exists is a conflict. A stream that does not exist is let through to
  // the decider, which says what is wrong with that (usually: not found, 404 rather than 409).
  if (stale && loaded.version !== 0) throw new ConcurrencyError(streamId, expected, loaded.version);
  const command = definition.prepare
    ? await definition.prepare(input, { tx, loaded })
    : (input as unknown as Command);
  named(command);
  const decided = decider.decide(command, loaded.state);
  if (stale) throw new ConcurrencyError(streamId, expected, loaded.version);
  if (decided.length === 0) return { streamId, version: loaded.version, events: [], state: loaded.state };

  const appended = await tx.append(streamId, decided.map((event) => toNewEvent(event, options.metadata)), {
    expectedVersion: expected,
  });
  let state = loaded.state;
  for (const event of appended.events) state = decider.evolve(state, event as unknown as Event);
  const outcome: CommandOutcome<State, Event> = {
    streamId,
    version: appended.nextExpectedVersion,
    events: appended.events as unknown as CommandOutcome<State, Event>['events'],
    state,
  };
  if (definition.afterAppend) await definition.afterAppend(outcome, tx);
  return outcome;
}

/** A decided event as the store takes it; a decider may set an event's id, schema version or metadata. */
function toNewEvent(event: DomainEvent, metadata: EventMetadata | undefined): NewEvent {
  const extra = event as DomainEvent & Partial<Pick<NewEvent, 'eventId' | 'schemaVersion' | 'metadata'>>;
  return {
    type: event.type,
    data: event.data,
    eventId: extra.eventId,
    schemaVersion: extra.schemaVersion,
    metadata: metadata || extra.metadata ? { ...metadata, ...extra.metadata } : undefined,
  };
}
