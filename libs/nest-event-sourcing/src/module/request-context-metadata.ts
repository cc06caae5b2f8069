import {
  traceparentFromActiveSpan,
  type EventMetadata,
  type MetadataProvider,
} from '@product-ledger/event-store';
import { getRequestContext } from '@product-ledger/service-kit';

/**
 * Event metadata from the kit's per-request context: who asked (the token's subject), which request or
 * event chain it belongs to, and the trace to continue. Outside any context only the trace is known.
 */
export const requestContextMetadata: MetadataProvider = () => {
  const context = getRequestContext();
  const metadata: EventMetadata = {};
  if (context?.correlationId) metadata.correlationId = context.correlationId;
  if (context?.causationId) metadata.causationId = context.causationId;
  if (context?.actor?.subject) metadata.actor = context.actor.subject;
  const traceparent = context?.traceparent ?? traceparentFromActiveSpan().traceparent;
  if (traceparent) metadata.traceparent = traceparent;
  return metadata;
};
