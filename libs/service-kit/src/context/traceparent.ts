import { trace } from '@opentelemetry/api';
import { formatTraceparent } from '@product-ledger/contracts';

/** W3C `traceparent` of the active span, if tracing is on and a span is active. */
export function activeTraceparent(): string | undefined {
  const span = trace.getActiveSpan();
  return span ? formatTraceparent(span.spanContext()) : undefined;
}
