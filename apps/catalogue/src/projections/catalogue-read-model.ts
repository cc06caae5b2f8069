import { productContracts, productLineContracts, Topics } from '@product-ledger/contracts';
import { defineProjection, type ProjectionDefinition } from '@product-ledger/nest-event-sourcing';
import { projectProductLineEvent } from './product-lines-projection';
import { projectProductEvent } from './products-projection';
import { toProjectedEvent } from './projected-event';

const productLineEventTypes = new Set<string>(productLineContracts.map((contract) => contract.type));
const productEventTypes = new Set<string>(productContracts.map((contract) => contract.type));

/**
 * Products (with line, owner, status, versions, stakeholders) and product lines, built from the
 * catalogue's own topics. Rebuild: `ProjectionsService.rebuild('catalogue-read-model')`.
 */
export const catalogueReadModelName = 'catalogue-read-model';

export const catalogueReadModelGroup = (groupPrefix: string): string => `${groupPrefix}.read-model`;

export function catalogueReadModel(
  groupPrefix: string,
  topics: readonly string[] = [Topics.catalogueProductLine, Topics.catalogueProduct],
): ProjectionDefinition {
  return defineProjection({
    name: catalogueReadModelName,
    groupId: catalogueReadModelGroup(groupPrefix),
    topics,
    async reset(client) {
      await client.query('TRUNCATE product_stakeholders, product_versions, products, product_lines');
    },
    async handle(event, client) {
      const projected = toProjectedEvent(event);
      if (productLineEventTypes.has(event.type)) await projectProductLineEvent(client, projected);
      else if (productEventTypes.has(event.type)) await projectProductEvent(client, projected);
    },
  });
}
