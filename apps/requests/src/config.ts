import { Topics } from '@product-ledger/contracts';
import { extendServiceConfig, loadServiceConfig } from '@product-ledger/service-kit';
import { z } from 'zod';
import { defaultRhinoThreshold } from './domain/request/rhino';

const topicName = z.string().regex(/^[A-Za-z0-9._-]{1,249}$/, 'a Kafka topic name');

/** The kit's variables plus the requests service's own (all with defaults). */
export const requestsConfigSchema = extendServiceConfig({
  /** A request driven by one account whose deal value is above this is a RHiNO (accepting it needs a rationale). */
  REQUESTS_RHINO_THRESHOLD: z.coerce.number().min(0).max(1e15).default(defaultRhinoThreshold),
  /** Consumer group ids start with it (`<prefix>.request-list`, `<prefix>.catalogue-products`, `<prefix>.product-withdrawals`). */
  KAFKA_GROUP_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,100}$/, 'letters, digits, . _ -')
    .default('requests'),
  /**
   * Where the service publishes its events (and its request list reads them). The default is the published
   * contract's topic; another value moves a whole deployment (or a test) to a topic of its own.
   */
  REQUESTS_TOPIC: topicName.default(Topics.requests),
  /** Where the catalogue publishes ProductRegistered, ProductRetired, VersionReleased. */
  CATALOGUE_PRODUCT_TOPIC: topicName.default(Topics.catalogueProduct),
  /** Where the catalogue publishes product-line events (line owners, for the ownership rule). */
  CATALOGUE_PRODUCT_LINE_TOPIC: topicName.default(Topics.catalogueProductLine),
  /** Where the lifecycle service publishes ProductWithdrawn. */
  LIFECYCLE_TOPIC: topicName.default(Topics.lifecycle),
  /** Partitions of the topics the relay creates when they do not exist yet. */
  RELAY_PARTITIONS: z.coerce.number().int().min(1).max(1000).default(3),
});

export type RequestsConfig = z.infer<typeof requestsConfigSchema>;

export const requestsPort = 3003;

/** Reads the environment (with the service's local defaults); a bad value exits with one clear line. */
export function loadRequestsConfig(env: Record<string, string | undefined> = process.env): RequestsConfig {
  return loadServiceConfig('requests', requestsPort, requestsConfigSchema, env);
}
