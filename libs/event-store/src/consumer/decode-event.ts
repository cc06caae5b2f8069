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
  const data = registry ? checked(registry, decoded.type, decoded.schemaVersion, decoded.data) : decoded.data;
  const upcasted = upcast({
    type: decoded.type,
    schemaVersion: decoded.schemaVersion,
    data,
    streamId: decoded.subject ?? message.key ?? undefined,
    eventId: decoded.id,
    metadata: decoded.metadata,
  });
  // An upcast event is checked again at the version it now has: handlers get data that matches its contract.
  const current =
    registry && upcasted.schemaVersion !== decoded.schemaVersion
      ? { ...upcasted, data: checked(registry, upcasted.type, upcasted.schemaVersion, upcasted.data) }
      : upcasted;
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

/** The data as its registered schema parses it; a mismatch makes the message undecodable (dead-lettered). */
function checked(registry: EventRegistry, type: string, schemaVersion: number, data: unknown): unknown {
  const result = validateEventData(registry, { type, schemaVersion, data }, 0);
  if (!result.ok) {
    const issues = result.issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ');
    throw new UndecodableMessageError(`${type} v${schemaVersion} does not match its contract: ${issues}`);
  }
  return result.data;
}
