import type { EventMetadata, StoredEvent } from './event-types';

/** Columns every read selects, with bigints and xid8 as text so they survive JavaScript. */
export const storedEventColumns = `
  stream_id, stream_version, global_position::text AS global_position, transaction_id::text AS transaction_id,
  event_id, event_type, schema_version, data, metadata, recorded_at`;

export interface StoredEventRow {
  stream_id: string;
  stream_version: number;
  global_position: string;
  transaction_id: string;
  event_id: string;
  event_type: string;
  schema_version: number;
  data: unknown;
  metadata: EventMetadata | null;
  recorded_at: Date;
}

export function toStoredEvent(row: StoredEventRow): StoredEvent {
  return {
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    globalPosition: row.global_position,
    transactionId: row.transaction_id,
    eventId: row.event_id,
    type: row.event_type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata ?? {},
    recordedAt: row.recorded_at,
  };
}
