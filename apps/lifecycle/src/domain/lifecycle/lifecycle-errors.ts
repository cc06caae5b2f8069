import { DomainError } from '@product-ledger/domain';

/** Rule errors of the lifecycle, with stable codes (clients and tests match on `code`). */

export class LifecycleNotFound extends DomainError {
  constructor(lifecycleId: string) {
    super('lifecycle.not_found', `lifecycle ${lifecycleId} does not exist`, 'not-found', { lifecycleId });
  }
}

export class LifecycleAlreadyStarted extends DomainError {
  constructor(lifecycleId: string) {
    super('lifecycle.already_started', `lifecycle ${lifecycleId} has already started`, 'conflict', {
      lifecycleId,
    });
  }
}

export class LifecycleClosed extends DomainError {
  constructor(stage: string) {
    super('lifecycle.closed', `the lifecycle is ${stage} and takes no more changes`, 'rule-broken', {
      stage,
    });
  }
}

export class NotTheNextStage extends DomainError {
  constructor(currentStage: string, toStage: string, nextStage: string | undefined) {
    super(
      'gate.not_next_stage',
      `from ${currentStage} the next gate leads into ${nextStage ?? 'no stage'}, not ${toStage}`,
      'rule-broken',
      {
        currentStage,
        toStage,
        nextStage: nextStage ?? null,
      },
    );
  }
}

export class NoGateAhead extends DomainError {
  constructor(currentStage: string) {
    super(
      'gate.none_ahead',
      `there is no gate after ${currentStage}: the way on is withdrawal`,
      'rule-broken',
      { currentStage },
    );
  }
}

export class GateNeedsReview extends DomainError {
  constructor(toStage: string) {
    super(
      'gate.review_required',
      `the gate into ${toStage} needs a gate review and a gatekeeper's go`,
      'rule-broken',
      { toStage },
    );
  }
}

export class ReviewAlreadyOpen extends DomainError {
  constructor(reviewId: string) {
    super('review.already_open', `gate review ${reviewId} is still open`, 'conflict', { reviewId });
  }
}

export class ReviewNotFound extends DomainError {
  constructor(reviewId: string) {
    super('review.not_found', `gate review ${reviewId} does not exist`, 'not-found', { reviewId });
  }
}

export class ReviewDecided extends DomainError {
  constructor(reviewId: string, decision: string) {
    super('review.decided', `gate review ${reviewId} was already decided (${decision})`, 'conflict', {
      reviewId,
      decision,
    });
  }
}

export class UnknownCriterion extends DomainError {
  constructor(reviewId: string, criterionId: string, known: readonly string[]) {
    super('criterion.unknown', `gate review ${reviewId} has no criterion ${criterionId}`, 'rule-broken', {
      criterionId,
      criteria: known,
    });
  }
}

export interface MissingForGo {
  readonly missingCriteria: readonly { id: string; name: string; assessed: boolean }[];
  readonly incompleteActivities: readonly { activityId: string; requiredBy: readonly string[] }[];
  readonly businessCaseMissing: boolean;
}

export class GoRefused extends DomainError {
  constructor(toStage: string, missing: MissingForGo) {
    const parts = [
      ...missing.missingCriteria.map(
        (c) => `must-meet criterion ${c.id} ${c.assessed ? 'is not met' : 'is not assessed'}`,
      ),
      ...missing.incompleteActivities.map((a) => `activity ${a.activityId} is not complete`),
      ...(missing.businessCaseMissing ? ['no business case was submitted'] : []),
    ];
    super('gate.go_refused', `no go into ${toStage}: ${parts.join('; ')}`, 'rule-broken', {
      toStage,
      ...missing,
    });
  }
}

export class RationaleRequired extends DomainError {
  constructor(decision: string) {
    super('decision.rationale_required', `a ${decision} decision needs a rationale`, 'rule-broken', {
      decision,
    });
  }
}

export class NothingToRecycleTo extends DomainError {
  constructor(stage: string) {
    super(
      'decision.no_previous_stage',
      `${stage} is the first stage: there is no stage to recycle to`,
      'rule-broken',
      { stage },
    );
  }
}

export class BusinessCaseTooLate extends DomainError {
  constructor(stage: string) {
    super(
      'business_case.too_late',
      `the business case is signed off at the gate into development; the lifecycle is in ${stage}`,
      'rule-broken',
      {
        stage,
      },
    );
  }
}

export class ActivityNotInStage extends DomainError {
  constructor(activityId: string, stage: string, activities: readonly string[]) {
    super('activity.not_in_stage', `${activityId} is not an activity of ${stage}`, 'rule-broken', {
      activityId,
      stage,
      activities,
    });
  }
}

export class ActivityAlreadyCompleted extends DomainError {
  constructor(activityId: string, completedBy: string, completedAt: string) {
    super(
      'activity.already_completed',
      `${activityId} was completed by ${completedBy} at ${completedAt}`,
      'conflict',
      {
        activityId,
        completedBy,
        completedAt,
      },
    );
  }
}

export class WithdrawalNotAllowed extends DomainError {
  constructor(stage: string) {
    super(
      'withdrawal.not_in_life',
      `only an in-life product can be withdrawn; the lifecycle is in ${stage}`,
      'rule-broken',
      { stage },
    );
  }
}

export class WithdrawalNotAnnounced extends DomainError {
  constructor(stage: string) {
    super(
      'withdrawal.not_announced',
      `no withdrawal was announced (the lifecycle is in ${stage})`,
      'rule-broken',
      { stage },
    );
  }
}

export class ReplacementIsItself extends DomainError {
  constructor(productId: string) {
    super('withdrawal.replaced_by_itself', `product ${productId} cannot replace itself`, 'rule-broken', {
      productId,
    });
  }
}
