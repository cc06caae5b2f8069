// Loaded first by main.ts: instrumentations only patch http and kafkajs when they start before them.
import { startTelemetry } from '@product-ledger/service-kit/telemetry';

startTelemetry('gateway');
