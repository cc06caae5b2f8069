import type { StoredEvent } from '@product-ledger/event-store';

/** Every event of a lifecycle: what happened, who did it (the token subject or the policy) and when. */
export function historyView(lifecycleId: string, events: readonly StoredEvent[]) {
  return {
    lifecycleId,
    events: events.map((event) => ({
      version: event.streamVersion,
      eventId: event.eventId,
      type: event.type,
      recordedAt: event.recordedAt.toISOString(),
      actor: typeof event.metadata.actor === 'string' ? event.metadata.actor : null,
      data: event.data,
    })),
  };
}
