import type { DomainEvent } from '@product-ledger/domain';
import type { StoredEventOf } from '../store/event-types';

/** What a command left behind: enough for `Location`, `ETag` and the response body. */
export interface CommandOutcome<State, Event extends DomainEvent = DomainEvent> {
  readonly streamId: string;
  /** The stream's version after the command: the new ETag (unchanged when nothing happened). */
  readonly version: number;
  /** The events appended (empty when the decider decided nothing happened). */
  readonly events: readonly StoredEventOf<Event>[];
  /** The aggregate's state after those events. */
  readonly state: State;
}
