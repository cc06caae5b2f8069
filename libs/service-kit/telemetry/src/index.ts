// A separate entry (`@product-ledger/service-kit/telemetry`) so main.ts can start tracing before
// anything requires http, pg or kafkajs: instrumentations only patch modules loaded after them.
export { startTelemetry } from '../../src/telemetry/start-telemetry';
