/** What a browser learns about one event: enough to know which of its queries went stale. */
export interface ChangeNotice {
  /** The event type, e.g. `ProductRegistered`. */
  type: string;
  /** The stream (aggregate) the event belongs to. */
  streamId: string;
  /** The product the event concerns, when it names one. */
  productId?: string;
  /** The topic it came from, e.g. `catalogue.product.v1`. */
  topic: string;
}

export interface ConsumedMessage {
  key: Buffer | null;
  value: Buffer | null;
  headers?: Record<string, Buffer | string | (Buffer | string)[] | undefined>;
}

/**
 * Turns a CloudEvents Kafka message into a notice; undefined for a message that is not one. Only the
 * product id is read from the data: a notice never carries what the reader may not be allowed to see.
 */
export function toChangeNotice(topic: string, message: ConsumedMessage): ChangeNotice | undefined {
  const type = header(message, 'ce_type');
  const streamId = header(message, 'ce_subject') ?? message.key?.toString('utf8');
  if (!type || !streamId) return undefined;
  const productId = productIdOf(message.value);
  return { type, streamId, topic, ...(productId ? { productId } : {}) };
}

function header(message: ConsumedMessage, name: string): string | undefined {
  const value = message.headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}

function productIdOf(value: Buffer | null): string | undefined {
  if (!value || value.length === 0) return undefined;
  try {
    const data = JSON.parse(value.toString('utf8')) as { productId?: unknown };
    return typeof data.productId === 'string' ? data.productId : undefined;
  } catch {
    return undefined;
  }
}
