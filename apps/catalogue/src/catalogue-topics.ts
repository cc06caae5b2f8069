import { Topics, type EventContract } from '@product-ledger/contracts';
import type { CatalogueConfig } from './config';

/** The topics this deployment uses, keyed by the contract topic they stand for. */
export function topicsOf(config: CatalogueConfig): Record<string, string> {
  return {
    [Topics.catalogueProduct]: config.CATALOGUE_PRODUCT_TOPIC,
    [Topics.catalogueProductLine]: config.CATALOGUE_PRODUCT_LINE_TOPIC,
    [Topics.lifecycle]: config.LIFECYCLE_TOPIC,
  };
}

/**
 * The contracts with their topics as this deployment names them: the relay publishes (and consumers read)
 * where the configuration says, while types, versions and schemas stay the published ones.
 */
export function onDeploymentTopics(
  contracts: readonly EventContract[],
  topics: Record<string, string>,
): EventContract[] {
  return contracts.map((contract) => ({ ...contract, topic: topics[contract.topic] ?? contract.topic }));
}
