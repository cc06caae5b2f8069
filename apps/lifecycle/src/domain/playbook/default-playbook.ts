import type { ActivityDefinition, CriterionDefinition, Playbook } from '@product-ledger/contracts';

/**
 * The playbook that ships: the Product Management Lifecycle and the Product Activities Framework (see
 * docs/domain.md). Strategic activities find the right product, inbound ones
 * help the business deliver it, outbound ones help it sell. Every gate needs a formal review; an admin can
 * relax the later ones (e.g. go_to_market for small web changes) by replacing the playbook.
 */
const activity = (
  id: string,
  name: string,
  kind: ActivityDefinition['kind'],
  ownerRole: string,
  description: string,
): ActivityDefinition => ({ id, name, kind, ownerRole, description });

const mustMeet = (id: string, name: string, requiredActivities: string[] = []): CriterionDefinition => ({
  id,
  name,
  type: 'must_meet',
  requiredActivities,
});

const shouldMeet = (id: string, name: string, requiredActivities: string[] = []): CriterionDefinition => ({
  id,
  name,
  type: 'should_meet',
  requiredActivities,
});

export const defaultPlaybook: Playbook = {
  name: 'Product Management Lifecycle (default)',
  stages: [
    {
      stage: 'innovation',
      activities: [
        activity(
          'collect-ideas',
          'Collect and collate ideas',
          'strategic',
          'product_management',
          'Gather ideas from customers, Sales, support, partners and the market.',
        ),
        activity(
          'prioritise-ideas',
          'Prioritise the ideas',
          'strategic',
          'product_management',
          'Pick the ideas that look most interesting for the portfolio.',
        ),
        activity(
          'customer-proposition',
          'Shape the customer proposition',
          'strategic',
          'product_management',
          'Describe what the customer would get and why they would buy it.',
        ),
      ],
    },
    {
      stage: 'analysis',
      activities: [
        activity(
          'market-validation',
          'Validate the market need',
          'strategic',
          'product_management',
          'Evidence that customers need it and would pay for it.',
        ),
        activity(
          'high-level-requirements',
          'Write the high-level requirements',
          'inbound',
          'product_management',
          'What the product must do, for development to size and design.',
        ),
        activity(
          'pricing',
          'Set the pricing approach',
          'strategic',
          'product_management',
          'How the product will be priced and packaged.',
        ),
        activity(
          'business-case',
          'Write the business case',
          'strategic',
          'product_management',
          'Investment, expected revenue and payback, for senior management to sign off.',
        ),
      ],
    },
    {
      stage: 'development',
      activities: [
        activity(
          'development-support',
          'Support design, build and test',
          'inbound',
          'development',
          'Answer questions, refine requirements sprint by sprint, accept what is built.',
        ),
        activity(
          'release-planning',
          'Plan the release',
          'inbound',
          'product_management',
          'Scope, dates and dependencies of the first release.',
        ),
        activity(
          'positioning',
          'Draft the positioning',
          'outbound',
          'marketing',
          'Who it is for, what it replaces, why it wins.',
        ),
      ],
    },
    {
      stage: 'go_to_market',
      activities: [
        activity(
          'trials',
          'Run trials',
          'inbound',
          'product_management',
          'Trials or a beta with real customers.',
        ),
        activity(
          'final-proposition',
          'Finalise the proposition',
          'strategic',
          'product_management',
          'Final proposition and pricing after the trials.',
        ),
        activity(
          'launch-plan',
          'Plan the launch',
          'outbound',
          'marketing',
          'Launch messages, channels and dates.',
        ),
        activity(
          'sales-enablement',
          'Enable Sales',
          'outbound',
          'sales',
          'Training, collateral and price lists so the company is ready to sell.',
        ),
        activity(
          'support-readiness',
          'Prepare support',
          'outbound',
          'support',
          'Support processes, documentation and staff in place.',
        ),
      ],
    },
    {
      stage: 'in_life',
      activities: [
        activity(
          'performance-tracking',
          'Track performance',
          'strategic',
          'product_management',
          'Revenue, customers, churn, margin and NPS against the business case.',
        ),
        activity(
          'issue-management',
          'Fix issues',
          'inbound',
          'development',
          'Prioritise and fix what customers run into.',
        ),
        activity(
          'sales-support',
          'Support Sales',
          'outbound',
          'product_management',
          'Help Sales with customers, deals and requests.',
        ),
        activity(
          'next-version-roadmap',
          'Plan the next versions',
          'strategic',
          'product_management',
          'Roadmap of versions, each running the lifecycle again.',
        ),
      ],
    },
    {
      stage: 'end_of_life',
      activities: [
        activity(
          'withdrawal-plan',
          'Plan the withdrawal',
          'strategic',
          'product_management',
          'Dates, the replacement and what happens to contracts.',
        ),
        activity(
          'customer-migration',
          'Move customers',
          'outbound',
          'sales',
          'Tell customers and move them to the replacement.',
        ),
        activity(
          'support-wind-down',
          'Wind down support',
          'inbound',
          'support',
          'End support and maintenance as agreed.',
        ),
      ],
    },
  ],
  gates: [
    {
      toStage: 'analysis',
      requiresReview: true,
      criteria: [
        mustMeet('proposition-described', 'The customer proposition is described', ['customer-proposition']),
        mustMeet('idea-prioritised', 'The idea was prioritised against the others', ['prioritise-ideas']),
        shouldMeet('strategic-fit', 'It fits the product strategy of its line'),
      ],
    },
    {
      toStage: 'development',
      requiresReview: true,
      criteria: [
        mustMeet('market-need-validated', 'The market need is validated', ['market-validation']),
        mustMeet('requirements-written', 'The high-level requirements are written', [
          'high-level-requirements',
        ]),
        mustMeet('investment-justified', 'The business case justifies the investment', ['business-case']),
        shouldMeet('pricing-defined', 'The pricing approach is defined', ['pricing']),
      ],
    },
    {
      toStage: 'go_to_market',
      requiresReview: true,
      criteria: [
        mustMeet('built-and-tested', 'The product is built and tested against the requirements', [
          'development-support',
        ]),
        mustMeet('release-planned', 'The release is planned', ['release-planning']),
        shouldMeet('positioning-drafted', 'The positioning is drafted', ['positioning']),
      ],
    },
    {
      toStage: 'in_life',
      requiresReview: true,
      criteria: [
        mustMeet('trials-passed', 'Trials went well enough to launch', ['trials']),
        mustMeet('ready-to-sell', 'The company is ready to sell', ['sales-enablement']),
        mustMeet('ready-to-support', 'The company is ready to support it', ['support-readiness']),
        shouldMeet('launch-planned', 'The launch is planned', ['launch-plan']),
      ],
    },
  ],
};
