import type { Decider } from '@product-ledger/domain';
import { decideAdvanceStage } from './decide-advance-stage';
import { decideAnnounceWithdrawal } from './decide-announce-withdrawal';
import { decideAssessCriterion } from './decide-assess-criterion';
import { decideCompleteActivity } from './decide-complete-activity';
import { decideCompleteWithdrawal } from './decide-complete-withdrawal';
import { decideOpenGateReview } from './decide-open-gate-review';
import { decideRecordGateDecision } from './decide-record-gate-decision';
import { decideStart } from './decide-start';
import { decideSubmitBusinessCase } from './decide-submit-business-case';
import { evolveLifecycle } from './evolve-lifecycle';
import type { LifecycleCommand } from './lifecycle-commands';
import type { LifecycleEvent } from './lifecycle-events';
import { initialLifecycleState, type LifecycleState } from './lifecycle-state';

/** The Lifecycle aggregate: one stream per product and per product version, gate reviews inside it. */
export const lifecycleDecider: Decider<LifecycleCommand, LifecycleEvent, LifecycleState> = {
  initialState: initialLifecycleState,
  evolve: evolveLifecycle,
  decide(command, state) {
    switch (command.type) {
      case 'StartLifecycle':
        return decideStart(command, state);
      case 'OpenGateReview':
        return decideOpenGateReview(command, state);
      case 'AssessCriterion':
        return decideAssessCriterion(command, state);
      case 'SubmitBusinessCase':
        return decideSubmitBusinessCase(command, state);
      case 'RecordGateDecision':
        return decideRecordGateDecision(command, state);
      case 'CompleteActivity':
        return decideCompleteActivity(command, state);
      case 'AdvanceStage':
        return decideAdvanceStage(command, state);
      case 'AnnounceWithdrawal':
        return decideAnnounceWithdrawal(command, state);
      case 'CompleteWithdrawal':
        return decideCompleteWithdrawal(command, state);
    }
  },
};
