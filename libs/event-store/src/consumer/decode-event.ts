import { decodeCloudEvent } from '../kafka/cloud-events';
import type { IncomingMessage } from '../kafka/message-bus';
import type { UpcastChain } from '../reading/upcasting';
import { validateEventData, type EventRegistry } from '../store/event-registry';
import type { ConsumedEvent } from './consumer.types';

/** The message is not an event this consumer can apply: it goes straight to the dead-letter topic. */
export class UndecodableMessageError extends Error {
  override readonly name = 'UndecodableMessageError';
}

export function decodeEvent(
  message: IncomingMessage,
  registry: EventRegistry | undefined,
  upcast: UpcastChain,
): ConsumedEvent {
  let decoded;
  try {
    decoded = decodeCloudEvent(message);
  } catch (error) {
    throw new UndecodableMessageError((error as Error).message);
  }
  let data = decoded.data;
  if (registry) {
    const checked = validateEventData(registry, { type: decoded.type, schemaVersion: decoded.schemaVersion, data }, 0);
    if (!checked.ok) {
      const issues = checked.issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ');
      throw new UndecodableMessageError(`${decoded.type} v${decoded.schemaVersion} does not match its contract: ${issues}`);
    }
    data = checked.data;
  }
  const current = upcast({
    type: decoded.type,
    schemaVersion: decoded.schemaVersion,
    data,
    streamId: decoded.subject ?? message.key ?? undefined,
    eventId: decoded.id,
    metadata: decoded.metadata,
  });
  return {
    topic: message.topic,
    partition: message.partition,
    offset: message.offset,
    key: message.key,
    eventId: decoded.id,
    type: decoded.type,
    schemaVersion: current.schemaVersion,
    streamId: decoded.subject ?? message.key ?? '',
    source: decoded.source,
    time: decoded.time,
    data: current.data,
    metadata: decoded.metadata,
    headers: message.headers,
  };
}
