/**
 * A gate review lives inside its lifecycle's stream (a go moves the stage in the same append), so its id
 * names the lifecycle: `<lifecycleId>-r<n>`, n counting the lifecycle's reviews from 1. Any request for
 * a review can then load the right stream straight away, with no lookup that could lag behind.
 */
const pattern = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-r([1-9]\d{0,5})$/;

export function gateReviewId(lifecycleId: string, sequence: number): string {
  return `${lifecycleId}-r${sequence}`;
}

/** The lifecycle a review id belongs to, or undefined when it is not a review id at all. */
export function lifecycleOfReview(reviewId: string): string | undefined {
  return pattern.exec(reviewId)?.[1];
}
