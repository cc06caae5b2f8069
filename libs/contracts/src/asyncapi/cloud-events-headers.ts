import type { JsonSchema } from './json-schema-of';

/**
 * The Kafka headers of every published event: the CloudEvents Kafka protocol binding, binary mode
 * (attributes as `ce_*` headers, the data as the message value), plus W3C trace context and the
 * event-sourcing metadata the relay copies from the stored event.
 */
export function cloudEventsHeaders(type: string, schemaVersion: number): JsonSchema {
  return {
    type: 'object',
    required: ['ce_id', 'ce_type', 'ce_source', 'ce_specversion', 'ce_time', 'content-type'],
    properties: {
      ce_specversion: { type: 'string', const: '1.0', description: 'CloudEvents specification version.' },
      ce_id: {
        type: 'string',
        format: 'uuid',
        description: 'Event id, unique across the store (dedupe on it).',
      },
      ce_type: { type: 'string', const: type, description: 'Event type.' },
      ce_source: {
        type: 'string',
        description: 'The service that recorded the event, e.g. product-ledger/catalogue.',
      },
      ce_subject: { type: 'string', description: 'Stream id of the event (also the Kafka key).' },
      ce_time: { type: 'string', format: 'date-time', description: 'When the event was recorded.' },
      ce_schemaversion: {
        type: 'string',
        const: String(schemaVersion),
        description: 'Schema version of the data (a new version comes with an upcaster).',
      },
      ce_streamversion: { type: 'string', description: 'Position of the event in its stream (1 = first).' },
      ce_correlationid: { type: 'string', description: 'Id of the request or event chain that led here.' },
      ce_causationid: { type: 'string', description: 'Id of the request or event that caused this one.' },
      ce_actor: {
        type: 'string',
        description: 'Subject of who caused the event (a user, or policy:<name>).',
      },
      'content-type': { type: 'string', const: 'application/json' },
      traceparent: {
        type: 'string',
        description: 'W3C trace context of the request that appended the event.',
      },
    },
  };
}
