import { trace, TraceFlags } from '@opentelemetry/api';

/** W3C `traceparent` of the active span, if tracing is on and a span is active. */
export function activeTraceparent(): string | undefined {
  const span = trace.getActiveSpan();
  if (!span) return undefined;
  const { traceId, spanId, traceFlags } = span.spanContext();
  const flags = (traceFlags & TraceFlags.SAMPLED ? 1 : 0).toString(16).padStart(2, '0');
  return `00-${traceId}-${spanId}-${flags}`;
}
