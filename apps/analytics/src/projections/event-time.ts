import type { ConsumedEvent } from '@product-ledger/event-store';

/** An event this projection cannot place in time (no `ce_time`): it goes to the dead-letter topic. */
export class EventWithoutTime extends Error {
  constructor(event: ConsumedEvent) {
    super(`${event.type} ${event.eventId} carries no ce_time header`);
    this.name = 'EventWithoutTime';
  }
}

/**
 * When the event happened in its own service (CloudEvents `ce_time` = its recorded_at there). Read models
 * take times from events only, never from the clock, so a replay writes the same rows.
 */
export function occurredAt(event: ConsumedEvent): Date {
  if (!event.time || Number.isNaN(event.time.getTime())) throw new EventWithoutTime(event);
  return event.time;
}
