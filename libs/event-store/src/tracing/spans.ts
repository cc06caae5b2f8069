import {
  context,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Link,
  type Span,
} from '@opentelemetry/api';
import { formatTraceparent, spanContextOfTraceparent } from '@product-ledger/contracts';

/**
 * The event store's spans (command, append, relay publish, consumer process). With tracing off the
 * OpenTelemetry API is a no-op, so all of this costs next to nothing.
 */
const tracer = () => trace.getTracer('@product-ledger/event-store');

/** A context whose parent is the span a `traceparent` names (a remote one), or a root context. */
export function contextOfTraceparent(traceparent: unknown): Context {
  const parent = spanContextOfTraceparent(traceparent);
  return parent ? trace.setSpanContext(ROOT_CONTEXT, { ...parent, isRemote: true }) : ROOT_CONTEXT;
}

/** The trace to hand on for `span`: its own traceparent, else (tracing off) the one it continues. */
export function traceparentOf(span: Span, continued: string | undefined): string | undefined {
  return formatTraceparent(span.spanContext()) ?? continued;
}

export interface SpanOptions {
  readonly kind?: SpanKind;
  readonly attributes?: Attributes;
  /** Default: the active context. */
  readonly parent?: Context;
  readonly links?: Link[];
}

/** Starts a span the caller ends (see `endSpan`), e.g. one per message of a batch sent at once. */
export function startSpan(name: string, options: SpanOptions = {}): Span {
  return tracer().startSpan(
    name,
    { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes, links: options.links },
    options.parent ?? context.active(),
  );
}

/** Ends a span, as failed when `error` is given. */
export function endSpan(span: Span, error?: unknown): void {
  if (error !== undefined) {
    span.recordException(error instanceof Error ? error : String(error));
    span.setStatus({
      code: SpanStatusCode.ERROR,
      message: error instanceof Error ? error.message : String(error),
    });
  }
  span.end();
}

/** Runs `work` with a new span active (so pg queries and appends inside it are its children). */
export async function inSpan<T>(
  name: string,
  options: SpanOptions,
  work: (span: Span) => Promise<T>,
): Promise<T> {
  const span = startSpan(name, options);
  try {
    const result = await context.with(trace.setSpan(options.parent ?? context.active(), span), () =>
      work(span),
    );
    endSpan(span);
    return result;
  } catch (error) {
    endSpan(span, error);
    throw error;
  }
}

export { SpanKind };
