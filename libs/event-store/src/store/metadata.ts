import { trace } from '@opentelemetry/api';
import { formatTraceparent } from '@product-ledger/contracts';
import type { EventMetadata } from './event-types';

/**
 * Supplies the metadata of the current request (correlation id, actor, ...) so callers of `append` never
 * pass it by hand. The NestJS layer reads an AsyncLocalStorage; the default only knows the trace.
 */
export type MetadataProvider = () => EventMetadata;

/** traceparent of the active OpenTelemetry span, if any (nothing when tracing is off). */
export const traceparentFromActiveSpan: MetadataProvider = () => {
  const span = trace.getActiveSpan();
  const traceparent = span ? formatTraceparent(span.spanContext()) : undefined;
  return traceparent ? { traceparent } : {};
};
