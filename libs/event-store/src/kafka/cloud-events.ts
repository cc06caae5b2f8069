import { parseTraceparent } from '@product-ledger/contracts';
import type { EventMetadata, StoredEvent } from '../store/event-types';
import type { IncomingMessage, OutgoingMessage } from './message-bus';

/**
 * CloudEvents Kafka binary binding: attributes as `ce_*` headers, the event data as the JSON value.
 * Extensions: `ce_subject` (stream id), `ce_schemaversion`, `ce_streamversion`, `ce_correlationid`,
 * `ce_causationid`, `ce_actor`; plus the W3C `traceparent` header.
 */
export function encodeCloudEvent(event: StoredEvent, topic: string, source: string): OutgoingMessage {
  const headers: Record<string, string> = {
    ce_specversion: '1.0',
    ce_id: event.eventId,
    ce_type: event.type,
    ce_source: source,
    ce_time: event.recordedAt.toISOString(),
    ce_subject: event.streamId,
    ce_schemaversion: String(event.schemaVersion),
    ce_streamversion: String(event.streamVersion),
    'content-type': 'application/json',
  };
  const { correlationId, causationId, actor, traceparent } = event.metadata;
  if (typeof correlationId === 'string') headers.ce_correlationid = correlationId;
  if (typeof causationId === 'string') headers.ce_causationid = causationId;
  if (typeof actor === 'string') headers.ce_actor = actor;
  const validTraceparent = parseTraceparent(traceparent);
  if (validTraceparent) headers.traceparent = validTraceparent;
  return { topic, key: event.streamId, value: JSON.stringify(event.data), headers };
}

export interface DecodedCloudEvent {
  readonly id: string;
  readonly type: string;
  readonly source: string;
  readonly subject?: string;
  readonly time?: Date;
  readonly schemaVersion: number;
  readonly streamVersion?: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

/** Reads a message written by `encodeCloudEvent` (or any binary-mode CloudEvent with a JSON value). */
export function decodeCloudEvent(message: Pick<IncomingMessage, 'headers' | 'value'>): DecodedCloudEvent {
  const h = message.headers;
  const missing = ['ce_id', 'ce_type', 'ce_source', 'ce_specversion'].filter((name) => !h[name]);
  if (missing.length > 0) throw new Error(`not a CloudEvent: missing header(s) ${missing.join(', ')}`);
  if (h.ce_specversion !== '1.0') throw new Error(`unsupported CloudEvents specversion ${h.ce_specversion}`);
  const schemaVersion = h.ce_schemaversion ? Number(h.ce_schemaversion) : 1;
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw new Error(`invalid ce_schemaversion ${h.ce_schemaversion}`);
  }
  const data = message.value === null || message.value.length === 0 ? null : JSON.parse(message.value.toString('utf8'));
  const metadata: EventMetadata = {};
  if (h.ce_correlationid) metadata.correlationId = h.ce_correlationid;
  if (h.ce_causationid) metadata.causationId = h.ce_causationid;
  if (h.ce_actor) metadata.actor = h.ce_actor;
  // Any producer may write to the topic: only a well-formed trace context is carried on.
  const traceparent = parseTraceparent(h.traceparent);
  if (traceparent) metadata.traceparent = traceparent;
  return {
    id: h.ce_id,
    type: h.ce_type,
    source: h.ce_source,
    subject: h.ce_subject,
    time: h.ce_time ? new Date(h.ce_time) : undefined,
    schemaVersion,
    streamVersion: h.ce_streamversion ? Number(h.ce_streamversion) : undefined,
    data,
    metadata,
  };
}
