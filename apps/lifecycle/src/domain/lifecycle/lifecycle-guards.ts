import type { StageWithActivities } from '@product-ledger/contracts';
import { hasActivities } from '../stages';
import { LifecycleClosed, LifecycleNotFound, ReviewDecided, ReviewNotFound } from './lifecycle-errors';
import type { GateReview, LifecycleState, StartedLifecycle } from './lifecycle-state';

/** A lifecycle that exists and is neither killed nor withdrawn. */
export type ActiveLifecycle = StartedLifecycle & { readonly stage: StageWithActivities };

export function requireActive(state: LifecycleState, lifecycleId: string): ActiveLifecycle {
  if (state.status !== 'started') throw new LifecycleNotFound(lifecycleId);
  if (!hasActivities(state.stage)) throw new LifecycleClosed(state.stage);
  return state as ActiveLifecycle;
}

/** A review of this lifecycle that is still open. */
export function requireOpenReview(state: StartedLifecycle, reviewId: string): GateReview {
  const review = state.reviews.find((candidate) => candidate.reviewId === reviewId);
  if (!review) throw new ReviewNotFound(reviewId);
  if (review.decision) throw new ReviewDecided(reviewId, review.decision.decision);
  return review;
}

/** The fields every lifecycle event starts with. */
export function subjectOf(state: StartedLifecycle): {
  lifecycleId: string;
  productId: string;
  version?: string;
} {
  return {
    lifecycleId: state.lifecycleId,
    productId: state.productId,
    ...(state.version === undefined ? {} : { version: state.version }),
  };
}
