import { trace } from '@opentelemetry/api';
import type { EventMetadata } from './event-types';

/**
 * Supplies the metadata of the current request (correlation id, actor, ...) so callers of `append` never
 * pass it by hand. The NestJS layer reads an AsyncLocalStorage; the default only knows the trace.
 */
export type MetadataProvider = () => EventMetadata;

/** traceparent of the active OpenTelemetry span, if any (nothing when tracing is off). */
export const traceparentFromActiveSpan: MetadataProvider = () => {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const context = span.spanContext();
  if (!trace.isSpanContextValid(context)) return {};
  const flags = (context.traceFlags & 0xff).toString(16).padStart(2, '0');
  return { traceparent: `00-${context.traceId}-${context.spanId}-${flags}` };
};
