/** Public Kafka topics: `<context>.<aggregate>.v<major>`, key = stream id, kept forever. */
export const Topics = {
  catalogueProductLine: 'catalogue.product-line.v1',
  catalogueProduct: 'catalogue.product.v1',
  lifecycle: 'lifecycle.lifecycle.v1',
  requests: 'requests.request.v1',
  analyticsMetricsIngest: 'analytics.metrics-ingest.v1',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];
