import {
  traceparentFromActiveSpan,
  type EventMetadata,
  type MetadataProvider,
} from '@product-ledger/event-store';
import { getRequestContext } from '@product-ledger/service-kit';

/**
 * Event metadata from the kit's per-request context: who asked (the token's subject), which request or
 * event chain it belongs to, and the trace to continue. Outside any context only the active span is known.
 */
export const requestContextMetadata: MetadataProvider = () => {
  const context = getRequestContext();
  const metadata: EventMetadata = {};
  if (context?.correlationId) metadata.correlationId = context.correlationId;
  if (context?.causationId) metadata.causationId = context.causationId;
  if (context?.actor?.subject) metadata.actor = context.actor.subject;
  // The active span (the append, inside the command, inside the request or consumed event) when tracing
  // is on; else the trace the request or event came with, carried on unchanged.
  const traceparent = traceparentFromActiveSpan().traceparent ?? context?.traceparent;
  if (traceparent) metadata.traceparent = traceparent;
  return metadata;
};
