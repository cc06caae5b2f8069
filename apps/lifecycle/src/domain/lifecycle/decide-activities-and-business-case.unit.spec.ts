import { deciderSpec } from '@product-ledger/domain/testing';
import {
  assess,
  at,
  businessCase,
  complete,
  contributor,
  decide,
  history,
  inAnalysis,
  lifecycleId,
  openReview,
  pm,
  productId,
  reachAnalysis,
  review,
  start,
} from '../testing/lifecycle-fixtures';
import { lifecycleDecider } from './lifecycle-decider';

const spec = deciderSpec(lifecycleDecider);

describe('completing activities', () => {
  it('records who completed an activity of the current stage, when, with a note', () => {
    spec
      .given(history(start()))
      .when(complete('collect-ideas', 1, 'ideas board reviewed'))
      .then([
        {
          type: 'ActivityCompleted',
          data: {
            lifecycleId,
            productId,
            stage: 'innovation',
            activityId: 'collect-ideas',
            completedBy: contributor,
            completedAt: at(1),
            note: 'ideas board reviewed',
          },
        },
      ]);
  });

  it('refuses an activity of another stage (or one the playbook does not have)', () => {
    spec
      .given(history(start()))
      .when(complete('market-validation', 1))
      .thenThrows('activity.not_in_stage', { activityId: 'market-validation', stage: 'innovation' });
    spec.given(history(start())).when(complete('constructor', 1)).thenThrows('activity.not_in_stage');
  });

  it('refuses to complete the same activity twice in one visit of the stage', () => {
    spec
      .given(history(start(), complete('collect-ideas', 1)))
      .when(complete('collect-ideas', 2))
      .thenThrows('activity.already_completed', {
        activityId: 'collect-ideas',
        completedBy: contributor,
        completedAt: at(1),
      });
  });

  it('lets work be completed again after a recycle brought the stage back', () => {
    const recycled = history(
      ...reachAnalysis(),
      complete('market-validation', 7),
      openReview('development', 8),
      decide(review(2), 'recycle', 9),
      openReview('analysis', 10),
      assess(review(3), 'proposition-described', true, 10),
      assess(review(3), 'idea-prioritised', true, 10),
      decide(review(3), 'go', 11),
    );
    spec
      .given(recycled)
      .when(complete('market-validation', 12))
      .thenState((state) => {
        expect(
          state.status === 'started' && state.completions.find((c) => c.activityId === 'market-validation'),
        ).toMatchObject({
          completedAt: at(12),
        });
      });
  });
});

describe('submitting the business case', () => {
  it('records the case with its numbers as revision 1, then counts revisions', () => {
    spec
      .given(inAnalysis())
      .when(businessCase(7))
      .then([
        {
          type: 'BusinessCaseSubmitted',
          data: {
            lifecycleId,
            productId,
            revision: 1,
            proposition: 'Self-service onboarding for small teams',
            targetMarket: 'B2B SaaS, 10-50 seats',
            currency: 'EUR',
            investment: 250_000,
            expectedRevenue: { year1: 100_000, year2: 300_000, year3: 500_000 },
            paybackMonths: 20,
            submittedBy: pm,
            submittedAt: at(7),
          },
        },
      ]);
    spec
      .given(history(...reachAnalysis(), businessCase(7)))
      .when(businessCase(8))
      .thenState((state) =>
        expect(state.status === 'started' && state.businessCase).toMatchObject({
          revision: 2,
          submittedAt: at(8),
        }),
      );
  });

  it('is refused once the lifecycle is past the gate into development', () => {
    spec
      .given(history(start('development')))
      .when(businessCase(1))
      .thenThrows('business_case.too_late', { stage: 'development' });
  });
});
