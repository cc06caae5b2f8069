import { defineEvent, type EventOf } from '../event-contract';
import { Topics } from '../topics';
import { metricFactSchema } from './metric-values';

/**
 * Inbound: integrations (CRM, billing, ERP, support desk) publish in-life facts to
 * `analytics.metrics-ingest.v1` as CloudEvents in binary mode (`ce_type` = MetricFactReported), one fact per
 * message, key = `<source>:<externalId>` so a fact and its corrections stay in order. Analytics is the only
 * consumer; a message that does not match goes to the dead-letter topic `analytics.metrics-ingest.dlq`.
 */
export const MetricFactReportedV1 = defineEvent({
  type: 'MetricFactReported',
  schemaVersion: 1,
  topic: Topics.analyticsMetricsIngest,
  description:
    'Another system reports an in-life fact (revenue, units sold, customers, churn, gross margin, support ' +
    'tickets, NPS) of a product or version for a day or a month. (source, externalId) identifies it: the same ' +
    'fact again is a duplicate, a changed one a correction.',
  schema: metricFactSchema,
});

export const analyticsContracts = [MetricFactReportedV1] as const;

/** An event on `analytics.metrics-ingest.v1`, narrowed by `type`. */
export type MetricsIngestTopicEvent = EventOf<typeof analyticsContracts>;
