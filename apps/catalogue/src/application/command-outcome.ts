import type { StoredEvent } from '@product-ledger/event-store';

/** What a command left behind: the aggregate's state and stream version after it (the next ETag). */
export interface CommandOutcome<State> {
  readonly streamId: string;
  readonly state: State;
  readonly version: number;
  readonly events: readonly StoredEvent[];
}
