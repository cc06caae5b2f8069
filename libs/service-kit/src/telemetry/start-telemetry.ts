import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { KafkaJsInstrumentation } from '@opentelemetry/instrumentation-kafkajs';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { setTelemetryFlush } from './telemetry-flush';

const UNTRACED_PATHS = /^\/(health|metrics)(\/|$|\?)/;

/**
 * Starts tracing (http, pg, kafkajs) exported over OTLP/HTTP when OTEL_EXPORTER_OTLP_ENDPOINT is set;
 * does nothing otherwise. Call it before anything requires those modules, i.e. first in main.ts.
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
      new PgInstrumentation(),
      new KafkaJsInstrumentation(),
    ],
  });
  sdk.start();
  setTelemetryFlush(() => sdk.shutdown());
  return sdk;
}
