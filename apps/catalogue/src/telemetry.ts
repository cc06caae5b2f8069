// Loaded first by main.ts: instrumentations only patch http, pg and kafkajs when they start before them.
import { startTelemetry } from '@product-ledger/service-kit/telemetry';

startTelemetry('catalogue');
