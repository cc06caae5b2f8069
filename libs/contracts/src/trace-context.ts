/**
 * W3C Trace Context `traceparent` (https://www.w3.org/TR/trace-context/#traceparent-header), the one
 * place the project reads or writes it: an incoming header (HTTP, Kafka) is kept only when it is well
 * formed, so nothing a client sends ends up in event metadata unchecked.
 */
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
const ALL_ZEROS = /^0+$/;

/**
 * The `traceparent` in its version-00 form when `value` is a valid one, else `undefined`. Version `ff` and
 * all-zero ids are invalid; a later version may carry more fields after a dash, which are dropped.
 */
export function parseTraceparent(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 512) return undefined;
  const match = TRACEPARENT.exec(value);
  if (!match) return undefined;
  const [, version, traceId, parentId, flags, rest] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string | undefined,
  ];
  if (version === 'ff' || (version === '00' && rest !== undefined)) return undefined;
  if (ALL_ZEROS.test(traceId) || ALL_ZEROS.test(parentId)) return undefined;
  return `00-${traceId}-${parentId}-${flags}`;
}

/** The span context of a tracer (e.g. OpenTelemetry's `SpanContext`), as far as a traceparent needs it. */
export interface TraceSpanContext {
  readonly traceId: string;
  readonly spanId: string;
  readonly traceFlags: number;
}

/** The `traceparent` naming this span as the parent, or `undefined` for an invalid span context. */
export function formatTraceparent(span: TraceSpanContext): string | undefined {
  const flags = (span.traceFlags & 0xff).toString(16).padStart(2, '0');
  return parseTraceparent(`00-${span.traceId}-${span.spanId}-${flags}`);
}

/** The span context a valid `traceparent` names (the remote parent to continue), else `undefined`. */
export function spanContextOfTraceparent(value: unknown): TraceSpanContext | undefined {
  const traceparent = parseTraceparent(value);
  if (!traceparent) return undefined;
  const [, traceId, spanId, flags] = traceparent.split('-') as [string, string, string, string];
  return { traceId, spanId, traceFlags: parseInt(flags, 16) };
}
