import { Topics, type EventContract } from '@product-ledger/contracts';
import type { LifecycleConfig } from './config';

/**
 * The contracts with their topics as this deployment names them: the relay publishes (and consumers read)
 * where the configuration says, while types, versions and schemas stay the published ones.
 */
export function onDeploymentTopics(
  contracts: readonly EventContract[],
  config: LifecycleConfig,
): EventContract[] {
  const topics: Record<string, string> = {
    [Topics.lifecycle]: config.LIFECYCLE_TOPIC,
    [Topics.catalogueProduct]: config.CATALOGUE_PRODUCT_TOPIC,
    [Topics.catalogueProductLine]: config.CATALOGUE_PRODUCT_LINE_TOPIC,
  };
  return contracts.map((contract) => ({ ...contract, topic: topics[contract.topic] ?? contract.topic }));
}
