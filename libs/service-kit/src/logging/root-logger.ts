import { trace } from '@opentelemetry/api';
import pino, { Logger, LevelWithSilent } from 'pino';

/** The process's pino logger: JSON lines with the service name and, inside a span, its trace id. */
export function createRootLogger(serviceName: string, level: LevelWithSilent): Logger {
  return pino({
    level,
    base: { service: serviceName },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    mixin() {
      const span = trace.getActiveSpan();
      if (!span) return {};
      const { traceId, spanId } = span.spanContext();
      return { trace_id: traceId, span_id: spanId };
    },
  });
}
