import type { GatedStage, LifecycleStage, StageWithActivities } from '@product-ledger/contracts';
import { gatedStages, lifecycleStages } from '@product-ledger/contracts';

/** The main path of the Product Management Lifecycle (the contract's order); `killed` is off the path. */
const path: readonly LifecycleStage[] = lifecycleStages.filter((stage) => stage !== 'killed');

/** The stage after `stage` on the path (undefined at the end, or for killed). */
export function nextStage(stage: LifecycleStage): LifecycleStage | undefined {
  const index = path.indexOf(stage);
  return index < 0 ? undefined : path[index + 1];
}

/** The stage a recycle goes back to (undefined at innovation, or for killed). */
export function previousStage(stage: LifecycleStage): LifecycleStage | undefined {
  const index = path.indexOf(stage);
  return index <= 0 ? undefined : path[index - 1];
}

/** Stages reached through a gate (review or direct advance); the rest are reached by withdrawal. */
export function isGatedStage(stage: LifecycleStage | undefined): stage is GatedStage {
  return (gatedStages as readonly string[]).includes(stage ?? '');
}

/** Killed and withdrawn lifecycles take no more changes. */
export function isTerminal(stage: LifecycleStage): stage is 'killed' | 'withdrawn' {
  return stage === 'killed' || stage === 'withdrawn';
}

export function hasActivities(stage: LifecycleStage): stage is StageWithActivities {
  return !isTerminal(stage);
}
