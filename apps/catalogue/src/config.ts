import { Topics } from '@product-ledger/contracts';
import { extendServiceConfig, loadServiceConfig } from '@product-ledger/service-kit';
import { z } from 'zod';

const topicName = z.string().regex(/^[A-Za-z0-9._-]{1,249}$/, 'a Kafka topic name');

/** The kit's variables plus the catalogue's own (all with defaults). */
export const catalogueConfigSchema = extendServiceConfig({
  /** Consumer group ids start with it (`<prefix>.read-model`, `<prefix>.retire-on-withdrawal`). */
  KAFKA_GROUP_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,100}$/, 'letters, digits, . _ -')
    .default('catalogue'),
  /**
   * Where the catalogue publishes its events. The defaults are the published contract's topics; another
   * value moves a whole deployment (or a test) to topics of its own.
   */
  CATALOGUE_PRODUCT_TOPIC: topicName.default(Topics.catalogueProduct),
  CATALOGUE_PRODUCT_LINE_TOPIC: topicName.default(Topics.catalogueProductLine),
  /** Where the lifecycle service publishes ProductWithdrawn (a test points it at a topic of its own). */
  LIFECYCLE_TOPIC: topicName.default(Topics.lifecycle),
  /** Partitions of the topics the relay creates when they do not exist yet. */
  RELAY_PARTITIONS: z.coerce.number().int().min(1).max(1000).default(3),
});

export type CatalogueConfig = z.infer<typeof catalogueConfigSchema>;

export const cataloguePort = 3001;

/** Reads the environment (with the service's local defaults); a bad value exits with one clear line. */
export function loadCatalogueConfig(env: Record<string, string | undefined> = process.env): CatalogueConfig {
  return loadServiceConfig('catalogue', cataloguePort, catalogueConfigSchema, env);
}
