import type { EventRegistry, StoredEvent } from '@product-ledger/event-store';

/** The topic an event is published to: the one its contract names. An unknown type stops the relay loudly. */
export function topicOf(registry: EventRegistry, event: Pick<StoredEvent, 'type' | 'eventId'>): string {
  const topic = registry.topicOf(event.type);
  if (!topic) {
    throw new Error(
      `event ${event.eventId} has type ${event.type}, which no contract passed to EventStoreModule.forRoot names; ` +
        `known types: ${registry.types().join(', ') || '(none)'}`,
    );
  }
  return topic;
}
