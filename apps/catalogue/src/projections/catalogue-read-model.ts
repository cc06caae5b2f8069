import {
  catalogueContracts,
  productContracts,
  productLineContracts,
  Topics,
} from '@product-ledger/contracts';
import { defineProjection, eventsOf, type ProjectionDefinition } from '@product-ledger/nest-event-sourcing';
import { projectProductLineEvent } from './product-lines-projection';
import { projectProductEvent } from './products-projection';
import { toProjectedEvent } from './projected-event';

/**
 * Products (with line, owner, status, versions, stakeholders) and product lines, built from the
 * catalogue's own topics. Rebuild: `ProjectionsService.rebuild('catalogue-read-model')`.
 */
export const catalogueReadModelName = 'catalogue-read-model';

const isProductLineEvent = eventsOf(catalogueReadModelName, productLineContracts);
const isProductEvent = eventsOf(catalogueReadModelName, productContracts);

export const catalogueReadModelGroup = (groupPrefix: string): string => `${groupPrefix}.read-model`;

export function catalogueReadModel(
  groupPrefix: string,
  topics: readonly string[] = [Topics.catalogueProductLine, Topics.catalogueProduct],
): ProjectionDefinition {
  return defineProjection({
    name: catalogueReadModelName,
    groupId: catalogueReadModelGroup(groupPrefix),
    topics,
    contracts: catalogueContracts,
    async reset(client) {
      await client.query('TRUNCATE product_stakeholders, product_versions, products, product_lines');
    },
    async handle(event, client) {
      if (isProductLineEvent(event)) await projectProductLineEvent(client, toProjectedEvent(event));
      else if (isProductEvent(event)) await projectProductEvent(client, toProjectedEvent(event));
    },
  });
}
