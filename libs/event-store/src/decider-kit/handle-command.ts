import type { Decider, DomainEvent } from '../decider';
import { ConcurrencyError } from '../store/errors';
import type { NewEvent } from '../store/event-types';
import { jitteredDelay, sleep } from '../backoff';
import type { EventStreams, HandleCommandOptions, HandleCommandResult, LoadedAggregate } from './handle-command.types';

/** Folds a stream into its decider's state. */
export async function loadAggregate<Command, Event extends DomainEvent, State>(
  store: Pick<EventStreams, 'readStream'>,
  streamId: string,
  decider: Decider<Command, Event, State>,
): Promise<LoadedAggregate<State>> {
  const events = await store.readStream(streamId);
  let state = decider.initialState();
  for (const event of events) state = decider.evolve(state, event as unknown as Event);
  return { state, version: events.length === 0 ? 0 : events[events.length - 1].streamVersion };
}

/**
 * Load, decide, append with the loaded version (or the caller's expected version). On a conflict, and
 * only when the caller allowed it, gave no version of its own and did not pass a transaction, the whole
 * cycle runs again after a jittered delay: the command is re-decided on the newer state, never blindly
 * re-appended.
 */
export async function handleCommand<Command, Event extends DomainEvent, State>(
  store: EventStreams,
  streamId: string,
  decider: Decider<Command, Event, State>,
  command: Command,
  options: HandleCommandOptions = {},
): Promise<HandleCommandResult<Event, State>> {
  // Inside a caller's transaction a lost race may have aborted that transaction: only the caller can retry.
  const inTransaction = 'client' in store;
  const retry = options.expectedVersion === undefined && !inTransaction ? options.retryOnConflict : undefined;
  const attempts = Math.max(1, retry?.attempts ?? 1);
  for (let attempt = 1; ; attempt++) {
    try {
      return await decideAndAppend(store, streamId, decider, command, options);
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || attempt >= attempts) throw error;
      await sleep(jitteredDelay(attempt - 1, retry?.baseDelayMs ?? 10, retry?.maxDelayMs ?? 1000));
    }
  }
}

async function decideAndAppend<Command, Event extends DomainEvent, State>(
  store: EventStreams,
  streamId: string,
  decider: Decider<Command, Event, State>,
  command: Command,
  options: HandleCommandOptions,
): Promise<HandleCommandResult<Event, State>> {
  const { state, version } = await loadAggregate(store, streamId, decider);
  const expectedVersion = options.expectedVersion ?? version;
  if (typeof expectedVersion === 'number' && expectedVersion !== version) {
    // The caller decided on an older (or newer) state than the stream's: no point deciding.
    throw new ConcurrencyError(streamId, expectedVersion, version);
  }
  const decided = decider.decide(command, state);
  if (decided.length === 0) return { events: [], state, nextExpectedVersion: version };
  const toAppend: NewEvent[] = decided.map((event) => {
    const extra = event as DomainEvent & Partial<Pick<NewEvent, 'eventId' | 'schemaVersion' | 'metadata'>>;
    return {
      type: event.type,
      data: event.data,
      eventId: extra.eventId,
      schemaVersion: extra.schemaVersion,
      metadata: options.metadata || extra.metadata ? { ...options.metadata, ...extra.metadata } : undefined,
    };
  });
  const appended = await store.append(streamId, toAppend, { expectedVersion });
  let next = state;
  for (const event of appended.events) next = decider.evolve(next, event as unknown as Event);
  return {
    events: appended.events as HandleCommandResult<Event, State>['events'],
    state: next,
    nextExpectedVersion: appended.nextExpectedVersion,
  };
}
