import { AsyncLocalStorage } from 'node:async_hooks';
import { Actor } from '../auth/actor';

/**
 * What the current unit of work (an HTTP request, a consumed message) is about. The event store stamps
 * it into event metadata, so callers never pass it by hand.
 */
export interface RequestContext {
  /** The request id for HTTP (`x-request-id`); the causing event's correlation id for consumers. */
  correlationId: string;
  /** The id of the event or message that caused this work, when there is one. */
  causationId?: string;
  actor?: Actor;
  /** W3C trace context of the current span, to continue the trace across Kafka. */
  traceparent?: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

export function getRequestContext(): RequestContext | undefined {
  return requestContext.getStore();
}

export function runWithContext<T>(context: RequestContext, work: () => T): T {
  return requestContext.run(context, work);
}
