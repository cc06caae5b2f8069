import type { EventStore, EventStreams } from '@product-ledger/event-store';
import type { PoolClient } from 'pg';

/** The store's streams on one open transaction: what is appended commits (or not) with that transaction. */
export function streamsOnClient(store: EventStore, client: PoolClient): EventStreams {
  return {
    readStream: (streamId, options) => store.readStream(streamId, { ...options, client }),
    append: (streamId, events, options) => store.append(streamId, events, { ...options, client }),
  };
}
