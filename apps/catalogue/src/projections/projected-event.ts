import type { ConsumedEvent } from '@product-ledger/event-store';

/** What a read-model handler needs from a consumed event: its data, when it happened, its stream version. */
export interface ProjectedEvent<Data = unknown> {
  readonly type: string;
  readonly data: Data;
  readonly occurredAt: Date;
  readonly streamVersion: number;
}

export function toProjectedEvent(event: ConsumedEvent): ProjectedEvent {
  const streamVersion = Number(event.headers.ce_streamversion ?? 0);
  return { type: event.type, data: event.data, occurredAt: event.time ?? new Date(), streamVersion };
}
