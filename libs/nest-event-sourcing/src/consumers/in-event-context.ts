import { parseTraceparent } from '@product-ledger/contracts';
import type { ConsumedEvent } from '@product-ledger/event-store';
import { runWithContext, type RequestContext } from '@product-ledger/service-kit';

/**
 * Runs a consumer's handler as the unit of work the event caused: what it appends carries the event's
 * correlation id, the event as its cause, the consumer as actor and the event's trace.
 */
export function inEventContext<T>(
  consumerName: string,
  event: ConsumedEvent,
  work: () => Promise<T>,
): Promise<T> {
  const correlationId =
    typeof event.metadata.correlationId === 'string' ? event.metadata.correlationId : event.eventId;
  const context: RequestContext = {
    correlationId,
    causationId: event.eventId,
    actor: { subject: `policy:${consumerName}`, roles: [] },
    traceparent: parseTraceparent(event.metadata.traceparent),
  };
  return runWithContext(context, work);
}

/**
 * Runs a batch handler as the unit of work of its events: with one event, exactly that event's context;
 * with several, the first event's correlation id and trace, and no single cause.
 */
export function inBatchContext<T>(
  consumerName: string,
  events: readonly ConsumedEvent[],
  work: () => Promise<T>,
): Promise<T> {
  const [first] = events;
  if (!first) return work();
  if (events.length === 1) return inEventContext(consumerName, first, work);
  const context: RequestContext = {
    correlationId:
      typeof first.metadata.correlationId === 'string' ? first.metadata.correlationId : first.eventId,
    actor: { subject: `policy:${consumerName}`, roles: [] },
    traceparent: parseTraceparent(first.metadata.traceparent),
  };
  return runWithContext(context, work);
}
