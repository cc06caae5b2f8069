import type { StoredEvent } from '@product-ledger/event-store';
import type { RequestState } from '../domain/request/request-state';

/** What a request command returns: enough for `Location`, `ETag` and the response body. */
export interface RequestOutcome {
  readonly streamId: string;
  /** The stream's version after the command (unchanged when nothing happened). */
  readonly version: number;
  readonly events: readonly StoredEvent[];
  readonly state: RequestState;
}
