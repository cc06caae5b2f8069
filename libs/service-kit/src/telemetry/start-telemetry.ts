import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { setTelemetryFlush } from './telemetry-flush';

const UNTRACED_PATHS = /^\/(health|metrics)(\/|$|\?)/;

/**
 * Starts tracing exported over OTLP/HTTP (JSON) when OTEL_EXPORTER_OTLP_ENDPOINT is set; does nothing
 * otherwise. Call it before anything requires http or pg, i.e. first in main.ts.
 *
 * Spans: incoming HTTP requests, pg queries inside a traced unit of work (not the relay's and consumers'
 * polling), and the event store's own (command, append, relay publish, consumer process), which continue
 * the `traceparent` kept in event metadata and Kafka headers. kafkajs is not instrumented: its producer
 * spans would replace the event's traceparent header with one of a new trace.
 */
export function startTelemetry(
  serviceName: string,
  env: NodeJS.ProcessEnv = process.env,
): NodeSDK | undefined {
  if (!env['OTEL_EXPORTER_OTLP_ENDPOINT']) return undefined;
  // Metrics are scraped from /metrics and logs go to stdout; only traces leave by OTLP.
  env['OTEL_METRICS_EXPORTER'] ??= 'none';
  env['OTEL_LOGS_EXPORTER'] ??= 'none';
  const sdk = new NodeSDK({
    serviceName: env['OTEL_SERVICE_NAME'] ?? serviceName,
    traceExporter: new OTLPTraceExporter(),
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => UNTRACED_PATHS.test(request.url ?? ''),
      }),
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  sdk.start();
  setTelemetryFlush(() => sdk.shutdown());
  return sdk;
}
