import { Topics, type EventContract } from '@product-ledger/contracts';
import type { RequestsConfig } from '../../config';

/** The topics and consumer groups this deployment uses (see config.ts). */
export interface RequestsTopology {
  readonly catalogueProductTopic: string;
  readonly catalogueProductLineTopic: string;
  readonly lifecycleTopic: string;
  readonly requestsTopic: string;
  groupId(consumer: string): string;
}

export function requestsTopology(
  config: Pick<
    RequestsConfig,
    | 'KAFKA_GROUP_PREFIX'
    | 'REQUESTS_TOPIC'
    | 'CATALOGUE_PRODUCT_TOPIC'
    | 'CATALOGUE_PRODUCT_LINE_TOPIC'
    | 'LIFECYCLE_TOPIC'
  >,
): RequestsTopology {
  return {
    catalogueProductTopic: config.CATALOGUE_PRODUCT_TOPIC,
    catalogueProductLineTopic: config.CATALOGUE_PRODUCT_LINE_TOPIC,
    lifecycleTopic: config.LIFECYCLE_TOPIC,
    requestsTopic: config.REQUESTS_TOPIC,
    groupId: (consumer) => `${config.KAFKA_GROUP_PREFIX}.${consumer}`,
  };
}

/**
 * The contracts with their topics as this deployment names them: the relay publishes (and the consumers
 * validate) where the configuration says, while types, versions and schemas stay the published ones.
 */
export function onDeploymentTopics(
  contracts: readonly EventContract[],
  topology: RequestsTopology,
): EventContract[] {
  const topics: Record<string, string> = {
    [Topics.requests]: topology.requestsTopic,
    [Topics.catalogueProduct]: topology.catalogueProductTopic,
    [Topics.catalogueProductLine]: topology.catalogueProductLineTopic,
    [Topics.lifecycle]: topology.lifecycleTopic,
  };
  return contracts.map((contract) => ({ ...contract, topic: topics[contract.topic] ?? contract.topic }));
}
