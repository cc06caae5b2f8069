import { gateInto } from '../playbook/playbook-lookup';
import { isGatedStage, nextStage } from '../stages';
import type { AdvanceStage } from './lifecycle-commands';
import { GateNeedsReview, NoGateAhead, NotTheNextStage, ReviewAlreadyOpen } from './lifecycle-errors';
import type { LifecycleEvent } from './lifecycle-events';
import { requireActive } from './lifecycle-guards';
import type { LifecycleState } from './lifecycle-state';
import { stageEntered } from './stage-entered';

/**
 * Through a gate the playbook marks as needing no formal review, a product manager moves on directly.
 * The gate into development is always reviewed (the business case is signed off there), whatever the
 * playbook says.
 */
export function decideAdvanceStage(command: AdvanceStage, state: LifecycleState): LifecycleEvent[] {
  const lifecycle = requireActive(state, command.lifecycleId);
  if (lifecycle.openReviewId) throw new ReviewAlreadyOpen(lifecycle.openReviewId);
  const next = nextStage(lifecycle.stage);
  if (!isGatedStage(next)) throw new NoGateAhead(lifecycle.stage);
  if (command.toStage !== next) throw new NotTheNextStage(lifecycle.stage, command.toStage, next);
  const gate = gateInto(command.playbook.playbook, next);
  if (gate.requiresReview || next === 'development') throw new GateNeedsReview(next);
  return [stageEntered(lifecycle, next, 'advance', command.at, command.playbook.playbook)];
}
