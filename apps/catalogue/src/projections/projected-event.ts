import type { ConsumedEvent } from '@product-ledger/event-store';

/** What a read-model handler needs from a consumed event: its type and data, when it happened, its stream version. */
export type ProjectedEvent<Event extends { readonly type: string; readonly data: unknown }> = Event & {
  readonly occurredAt: Date;
  readonly streamVersion: number;
};

export function toProjectedEvent<Event extends ConsumedEvent>(event: Event): ProjectedEvent<Event> {
  const streamVersion = Number(event.headers.ce_streamversion ?? 0);
  return { ...event, occurredAt: event.time ?? new Date(), streamVersion };
}
