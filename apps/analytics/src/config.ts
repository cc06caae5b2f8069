import { Topics } from '@product-ledger/contracts';
import { byteSize, extendServiceConfig, loadServiceConfig } from '@product-ledger/service-kit';
import { z } from 'zod';

const topicName = z.string().regex(/^[A-Za-z0-9._-]{1,249}$/, 'a Kafka topic name');

/** The kit's variables plus the analytics service's own (all with defaults). */
export const analyticsConfigSchema = extendServiceConfig({
  /** Consumer group ids start with it: `<prefix>.portfolio`, `<prefix>.metrics-ingest`, ... (dead letters: `<group>.dlq`). */
  KAFKA_GROUP_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,100}$/, 'letters, digits, . _ -')
    .default('analytics'),
  /** The topics analytics reads. The defaults are the published contracts' topics. */
  CATALOGUE_PRODUCT_LINE_TOPIC: topicName.default(Topics.catalogueProductLine),
  CATALOGUE_PRODUCT_TOPIC: topicName.default(Topics.catalogueProduct),
  LIFECYCLE_TOPIC: topicName.default(Topics.lifecycle),
  REQUESTS_TOPIC: topicName.default(Topics.requests),
  METRICS_INGEST_TOPIC: topicName.default(Topics.analyticsMetricsIngest),
  /** Partitions of the topics analytics creates when they do not exist yet (as the relays do). */
  TOPIC_PARTITIONS: z.coerce.number().int().min(1).max(1000).default(3),
  /** Largest `POST /facts` body (bytes, or `64mb`); a larger one is refused with 413 and nothing is written. */
  INGEST_MAX_BYTES: byteSize.default(64 * 1024 * 1024),
  /** Longest row of an upload (a CSV record, a JSON array element); a longer one is refused with 413. */
  INGEST_MAX_RECORD_BYTES: byteSize.default(64 * 1024),
  /** A `POST /facts` body not complete after this long is cut off with 408 (what arrived whole is applied). */
  INGEST_BODY_TIMEOUT_MS: z.coerce.number().int().min(1).default(120_000),
});

export type AnalyticsConfig = z.infer<typeof analyticsConfigSchema>;

export const analyticsPort = 3004;

/** Reads the environment (with the service's local defaults); a bad value exits with one clear line. */
export function loadAnalyticsConfig(env: Record<string, string | undefined> = process.env): AnalyticsConfig {
  return loadServiceConfig('analytics', analyticsPort, analyticsConfigSchema, env);
}

/** The topics this deployment reads, by what they carry. */
export interface AnalyticsTopics {
  readonly catalogueProductLine: string;
  readonly catalogueProduct: string;
  readonly lifecycle: string;
  readonly requests: string;
  readonly metricsIngest: string;
}

export function analyticsTopicsOf(config: AnalyticsConfig): AnalyticsTopics {
  return {
    catalogueProductLine: config.CATALOGUE_PRODUCT_LINE_TOPIC,
    catalogueProduct: config.CATALOGUE_PRODUCT_TOPIC,
    lifecycle: config.LIFECYCLE_TOPIC,
    requests: config.REQUESTS_TOPIC,
    metricsIngest: config.METRICS_INGEST_TOPIC,
  };
}
