import type { Playbook } from '@product-ledger/contracts';
import { gatedStages } from '@product-ledger/contracts';
import { previousStage } from '../stages';
import type { PlaybookProblem } from './playbook-errors';

/**
 * The rules a playbook must keep to be usable by every lifecycle (its shape is checked before, at the
 * edge): one gate per gated stage, at most one activity list per stage, activity ids unique across the
 * playbook, criterion ids unique per gate, required activities belonging to the stage the gate leaves,
 * a reviewed gate with at least one criterion, and the gate into development always reviewed, because
 * senior management signs the business case off there.
 */
export function validatePlaybook(playbook: Playbook): PlaybookProblem[] {
  const problems: PlaybookProblem[] = [];
  const activityStage = new Map<string, string>();

  playbook.stages.forEach((entry, s) => {
    if (playbook.stages.findIndex((other) => other.stage === entry.stage) !== s) {
      problems.push({ path: `stages[${s}].stage`, message: `${entry.stage} is listed twice` });
    }
    entry.activities.forEach((activity, a) => {
      if (activityStage.has(activity.id)) {
        problems.push({
          path: `stages[${s}].activities[${a}].id`,
          message: `activity id ${activity.id} is used twice`,
        });
      } else {
        activityStage.set(activity.id, entry.stage);
      }
    });
  });

  for (const stage of gatedStages) {
    if (!playbook.gates.some((gate) => gate.toStage === stage)) {
      problems.push({ path: 'gates', message: `the gate into ${stage} is missing` });
    }
  }

  playbook.gates.forEach((gate, g) => {
    const at = `gates[${g}]`;
    if (playbook.gates.findIndex((other) => other.toStage === gate.toStage) !== g) {
      problems.push({ path: `${at}.toStage`, message: `the gate into ${gate.toStage} is listed twice` });
    }
    if (gate.toStage === 'development' && !gate.requiresReview) {
      problems.push({
        path: `${at}.requiresReview`,
        message: 'the gate into development needs a review (business case sign-off)',
      });
    }
    if (gate.requiresReview && gate.criteria.length === 0) {
      problems.push({
        path: `${at}.criteria`,
        message: 'a gate that needs a review needs at least one criterion',
      });
    }
    const fromStage = previousStage(gate.toStage);
    gate.criteria.forEach((criterion, c) => {
      if (gate.criteria.findIndex((other) => other.id === criterion.id) !== c) {
        problems.push({
          path: `${at}.criteria[${c}].id`,
          message: `criterion id ${criterion.id} is used twice in this gate`,
        });
      }
      criterion.requiredActivities.forEach((activityId, r) => {
        const stage = activityStage.get(activityId);
        if (stage !== fromStage) {
          problems.push({
            path: `${at}.criteria[${c}].requiredActivities[${r}]`,
            message: stage
              ? `${activityId} is an activity of ${stage}, not of ${fromStage} (the stage this gate leaves)`
              : `${activityId} is not an activity of ${fromStage}`,
          });
        }
      });
    });
  });

  return problems;
}
