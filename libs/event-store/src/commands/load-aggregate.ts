import type { Decider, DomainEvent } from '@product-ledger/domain';
import type { StoredEvent } from '../store/event-types';

/** What loading an aggregate needs: the store, or the store on an open transaction. */
export interface StreamReader {
  readStream(streamId: string): Promise<StoredEvent[]>;
}

export interface LoadedAggregate<State> {
  readonly state: State;
  /** The stream's version (0 when it has no events). */
  readonly version: number;
}

/** Folds a stream into its decider's state. */
export async function loadAggregate<Command, Event extends DomainEvent, State>(
  store: StreamReader,
  streamId: string,
  decider: Decider<Command, Event, State>,
): Promise<LoadedAggregate<State>> {
  const events = await store.readStream(streamId);
  let state = decider.initialState();
  for (const event of events) state = decider.evolve(state, event as unknown as Event);
  return { state, version: events.length === 0 ? 0 : events[events.length - 1].streamVersion };
}
