import { defineProjection, type ProjectionDefinition } from '@product-ledger/nest-event-sourcing';
import type { AnalyticsTopics } from '../../config';
import { clearLineRollups } from '../../persistence/facts/line-rollups';
import { portfolioContracts } from './portfolio-events';
import { projectCatalogueIntoPortfolio } from './project-catalogue';
import { projectRequestIntoPortfolio } from './project-requests';
import { projectStageIntoPortfolio } from './project-stages';

export const portfolioTables = [
  'portfolio_products',
  'portfolio_product_history',
  'portfolio_stage_history',
  'portfolio_versions',
  'portfolio_lines',
  'portfolio_request_history',
] as const;

/**
 * The portfolio: one row per product with its catalogue attributes, lifecycle stage and requests, plus the
 * history tables (with validity intervals) that answer `asOf` queries exactly. Each table takes its columns
 * from one topic and one stream, so the rows do not depend on how the topics interleave.
 */
export function portfolioProjection(groupPrefix: string, topics: AnalyticsTopics): ProjectionDefinition {
  return defineProjection({
    name: 'portfolio',
    groupId: `${groupPrefix}.portfolio`,
    topics: [topics.catalogueProductLine, topics.catalogueProduct, topics.lifecycle, topics.requests],
    contracts: portfolioContracts,
    // Tables come from the analytics migrations, run before any consumer starts.
    reset: async (client) => {
      await client.query(`TRUNCATE ${portfolioTables.join(', ')}`);
      // No product is in a line until the replay registers it again (and adds its line rollups back).
      await clearLineRollups(client);
    },
    // Event types are unique across contexts: each handler picks the types it knows.
    handle: async (event, client) => {
      await projectCatalogueIntoPortfolio(event, client);
      await projectStageIntoPortfolio(event, client);
      await projectRequestIntoPortfolio(event, client);
    },
  });
}
