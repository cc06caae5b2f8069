import type { DomainEvent, StoredEvent } from '@product-ledger/event-store';

/** What a decider command handler returns: enough for `Location`, `ETag` and the response body. */
export interface CommandOutcome<Event extends DomainEvent = DomainEvent, State = unknown> {
  readonly streamId: string;
  /** The stream's version after the command: the new ETag (unchanged when nothing happened). */
  readonly version: number;
  /** The events appended (empty when the decider decided nothing happened). */
  readonly events: StoredEvent<Event['type'], Event['data']>[];
  readonly state: State;
}
