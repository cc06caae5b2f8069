import type { SubmitBusinessCase } from './lifecycle-commands';
import { BusinessCaseTooLate } from './lifecycle-errors';
import type { LifecycleEvent } from './lifecycle-events';
import { requireActive, subjectOf } from './lifecycle-guards';
import type { LifecycleState } from './lifecycle-state';

/**
 * The business case is written before development (in innovation or analysis) and may be revised until
 * the development gate says go; each submission is a new revision.
 */
export function decideSubmitBusinessCase(
  command: SubmitBusinessCase,
  state: LifecycleState,
): LifecycleEvent[] {
  const lifecycle = requireActive(state, command.lifecycleId);
  if (lifecycle.stage !== 'innovation' && lifecycle.stage !== 'analysis')
    throw new BusinessCaseTooLate(lifecycle.stage);
  return [
    {
      type: 'BusinessCaseSubmitted',
      data: {
        ...subjectOf(lifecycle),
        revision: (lifecycle.businessCase?.revision ?? 0) + 1,
        proposition: command.proposition,
        targetMarket: command.targetMarket,
        currency: command.currency,
        investment: command.investment,
        expectedRevenue: { ...command.expectedRevenue },
        paybackMonths: command.paybackMonths,
        submittedBy: command.actor,
        submittedAt: command.at,
      },
    },
  ];
}
