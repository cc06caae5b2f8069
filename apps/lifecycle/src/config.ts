import { Topics } from '@product-ledger/contracts';
import { extendServiceConfig, loadServiceConfig } from '@product-ledger/service-kit';
import { z } from 'zod';

const topicName = z.string().regex(/^[A-Za-z0-9._-]{1,249}$/, 'a Kafka topic name');

/** The kit's variables plus the lifecycle service's own (all with defaults). */
export const lifecycleConfigSchema = extendServiceConfig({
  /** Consumer group ids start with it (`<prefix>.start-lifecycles`, `<prefix>.read-model`). */
  KAFKA_GROUP_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,100}$/, 'letters, digits, . _ -')
    .default('lifecycle'),
  /**
   * Where the lifecycle service publishes its events (and its read model reads them). The default is the
   * published contract's topic; another value moves a whole deployment (or a test) to a topic of its own.
   */
  LIFECYCLE_TOPIC: topicName.default(Topics.lifecycle),
  /** Where the catalogue publishes ProductRegistered and VersionPlanned. */
  CATALOGUE_PRODUCT_TOPIC: topicName.default(Topics.catalogueProduct),
  /** Where the catalogue publishes product-line events (line owners, for the ownership rule). */
  CATALOGUE_PRODUCT_LINE_TOPIC: topicName.default(Topics.catalogueProductLine),
  /** Partitions of the topics the relay creates when they do not exist yet. */
  RELAY_PARTITIONS: z.coerce.number().int().min(1).max(1000).default(3),
});

export type LifecycleConfig = z.infer<typeof lifecycleConfigSchema>;

export const lifecyclePort = 3002;

/** Reads the environment (with the service's local defaults); a bad value exits with one clear line. */
export function loadLifecycleConfig(env: Record<string, string | undefined> = process.env): LifecycleConfig {
  return loadServiceConfig('lifecycle', lifecyclePort, lifecycleConfigSchema, env);
}
