import type { EventContract } from '../event-contract';
import { cloudEventsHeaders } from './cloud-events-headers';
import { jsonSchemaOf, type JsonSchema } from './json-schema-of';

export interface AsyncApiInfo {
  readonly title: string;
  readonly version: string;
  readonly description?: string;
  /** e.g. { local: { host: '127.0.0.1:9092', protocol: 'kafka' } }; none by default. */
  readonly servers?: Record<string, { host: string; protocol: string; description?: string }>;
  /** Partitions the relay creates each topic with (documented in the channel's Kafka binding). */
  readonly partitions?: number;
}

export type AsyncApiDocument = Record<string, unknown>;

const KAFKA_BINDING_VERSION = '0.5.0';

/** `ProductRegistered.v1`: one message per event type and schema version (both can be on a topic). */
export function asyncApiMessageId(contract: Pick<EventContract, 'type' | 'schemaVersion'>): string {
  return `${contract.type}.v${contract.schemaVersion}`;
}

/**
 * The AsyncAPI 3.0 document of the given event contracts: a channel per topic (address = topic name,
 * key = stream id), a message per event type and version (payload = the contract's JSON Schema, headers =
 * CloudEvents binary headers), and a `send` operation per channel (the relay of the owning service).
 */
export function buildAsyncApiDocument(
  contracts: readonly EventContract[],
  info: AsyncApiInfo,
): AsyncApiDocument {
  const messages: Record<string, unknown> = {};
  const schemas: Record<string, JsonSchema> = {};
  const messageIdsByTopic = new Map<string, string[]>();

  for (const contract of contracts) {
    const id = asyncApiMessageId(contract);
    if (messages[id]) throw new Error(`event contract ${id} is listed twice`);
    const { schema, definitions } = jsonSchemaOf(contract.schema);
    Object.assign(schemas, definitions);
    messages[id] = {
      name: contract.type,
      title: `${contract.type} v${contract.schemaVersion}`,
      summary: contract.description,
      contentType: 'application/json',
      headers: cloudEventsHeaders(contract.type, contract.schemaVersion),
      payload: schema,
      correlationId: { description: 'The event id.', location: '$message.header#/ce_id' },
      bindings: {
        kafka: {
          key: {
            type: 'string',
            description: 'Stream id of the event: one aggregate stays on one partition, in order.',
          },
          bindingVersion: KAFKA_BINDING_VERSION,
        },
      },
    };
    messageIdsByTopic.set(contract.topic, [...(messageIdsByTopic.get(contract.topic) ?? []), id]);
  }

  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  for (const [topic, ids] of [...messageIdsByTopic].sort(([a], [b]) => a.localeCompare(b))) {
    channels[topic] = {
      address: topic,
      title: topic,
      description: `Events of ${topic}, key = stream id, kept forever (a new projection can replay them).`,
      messages: Object.fromEntries(ids.map((id) => [id, { $ref: `#/components/messages/${id}` }])),
      bindings: {
        kafka: {
          topic,
          ...(info.partitions ? { partitions: info.partitions } : {}),
          topicConfiguration: { 'retention.ms': -1 },
          bindingVersion: KAFKA_BINDING_VERSION,
        },
      },
    };
    operations[`publish.${topic}`] = {
      action: 'send',
      title: `Publish to ${topic}`,
      summary: 'The owning service relays committed events, in order per stream.',
      channel: { $ref: `#/channels/${topic}` },
      messages: ids.map((id) => ({ $ref: `#/channels/${topic}/messages/${id}` })),
    };
  }

  return {
    asyncapi: '3.0.0',
    info: {
      title: info.title,
      version: info.version,
      ...(info.description ? { description: info.description } : {}),
    },
    ...(info.servers ? { servers: info.servers } : {}),
    defaultContentType: 'application/json',
    channels,
    operations,
    components: { messages, ...(Object.keys(schemas).length ? { schemas } : {}) },
  };
}
