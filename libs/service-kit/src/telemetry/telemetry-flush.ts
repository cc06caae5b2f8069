// Dependency-free, so bootstrapping can flush spans on exit without loading the OpenTelemetry SDK.
let flush: (() => Promise<void>) | undefined;

export function setTelemetryFlush(fn: () => Promise<void>): void {
  flush = fn;
}

/** Exports buffered spans before the process exits; a no-op when tracing is off. */
export async function flushTelemetry(): Promise<void> {
  await flush?.().catch(() => undefined);
}
