import { deciderSpec } from '@product-ledger/domain/testing';
import { defaultPlaybook } from '../playbook/default-playbook';
import {
  assess,
  at,
  complete,
  decide,
  history,
  inAnalysis,
  inForce,
  lifecycleId,
  openReview,
  pm,
  productId,
  review,
  start,
} from '../testing/lifecycle-fixtures';
import { lifecycleDecider } from './lifecycle-decider';

const spec = deciderSpec(lifecycleDecider);
const gateIntoAnalysis = defaultPlaybook.gates.find((gate) => gate.toStage === 'analysis')!;

describe('opening a gate review', () => {
  it('opens the review of the gate into the next stage with the criteria of the playbook in force', () => {
    spec
      .given(history(start()))
      .when(openReview('analysis', 1))
      .then([
        {
          type: 'GateReviewOpened',
          data: {
            lifecycleId,
            productId,
            reviewId: review(1),
            fromStage: 'innovation',
            toStage: 'analysis',
            criteria: gateIntoAnalysis.criteria,
            playbookRevision: 0,
            openedBy: pm,
            openedAt: at(1),
          },
        },
      ]);
  });

  it('refuses a stage that is not the next one', () => {
    spec.given(history(start())).when(openReview('development', 1)).thenThrows('gate.not_next_stage', {
      currentStage: 'innovation',
      toStage: 'development',
      nextStage: 'analysis',
    });
  });

  it('refuses a second review while one is open', () => {
    spec
      .given(history(start(), openReview('analysis', 1)))
      .when(openReview('analysis', 2))
      .thenThrows('review.already_open', {
        reviewId: review(1),
      });
  });

  it('has no gate after in_life: the way on is withdrawal', () => {
    spec
      .given(history(start('in_life')))
      .when(openReview('end_of_life', 1))
      .thenThrows('gate.none_ahead', { currentStage: 'in_life' });
  });

  it('refuses a lifecycle that does not exist', () => {
    spec.when(openReview('analysis', 1)).thenThrows('lifecycle.not_found', { lifecycleId });
  });

  it('numbers the reviews of a lifecycle', () => {
    spec
      .given(history(start(), openReview('analysis', 1), decide(review(1), 'hold', 2)))
      .when(openReview('analysis', 3))
      .thenState((_state, events) => expect(events[0]!.data).toMatchObject({ reviewId: review(2) }));
  });

  it('keeps the criteria it opened with when the playbook changes before the decision', () => {
    const stricter = {
      revision: 1,
      playbook: {
        ...defaultPlaybook,
        gates: defaultPlaybook.gates.map((gate) =>
          gate.toStage === 'analysis'
            ? {
                ...gate,
                criteria: [
                  ...gate.criteria,
                  {
                    id: 'legal-ok',
                    name: 'Legal approved',
                    type: 'must_meet' as const,
                    requiredActivities: [],
                  },
                ],
              }
            : gate,
        ),
      },
    };
    const given = history(
      start(),
      complete('customer-proposition', 1),
      complete('prioritise-ideas', 1),
      openReview('analysis', 2),
      assess(review(1), 'proposition-described', true, 3),
      assess(review(1), 'idea-prioritised', true, 4),
    );
    spec
      .given(given)
      .when(decide(review(1), 'go', 5, undefined, stricter))
      .thenState((state, events) => {
        expect(state).toMatchObject({ stage: 'analysis' });
        expect((events[0]!.data as { criteria: { id: string }[] }).criteria.map((c) => c.id)).not.toContain(
          'legal-ok',
        );
      });
  });
});

describe('assessing criteria', () => {
  it('records whether a criterion is met, with evidence and assessor', () => {
    spec
      .given(history(start(), openReview('analysis', 1)))
      .when(assess(review(1), 'strategic-fit', false, 2))
      .then([
        {
          type: 'CriterionAssessed',
          data: {
            lifecycleId,
            productId,
            reviewId: review(1),
            criterionId: 'strategic-fit',
            met: false,
            evidence: 'evidence for strategic-fit',
            assessedBy: pm,
            assessedAt: at(2),
          },
        },
      ]);
  });

  it('refuses a criterion the review does not have', () => {
    spec
      .given(history(start(), openReview('analysis', 1)))
      .when(assess(review(1), 'world-peace', true, 2))
      .thenThrows('criterion.unknown', { criterionId: 'world-peace' });
  });

  it('refuses a review that was decided', () => {
    spec
      .given(history(start(), openReview('analysis', 1), decide(review(1), 'hold', 2)))
      .when(assess(review(1), 'strategic-fit', true, 3))
      .thenThrows('review.decided', { decision: 'hold' });
  });

  it('refuses a review the lifecycle does not have', () => {
    spec
      .given(inAnalysis())
      .when(assess(review(7), 'strategic-fit', true, 9))
      .thenThrows('review.not_found', { reviewId: review(7) });
  });

  it('lets a later assessment replace an earlier one', () => {
    spec
      .given(history(start(), openReview('analysis', 1), assess(review(1), 'strategic-fit', false, 2)))
      .when(assess(review(1), 'strategic-fit', true, 3))
      .thenState((state) => {
        const assessments = state.status === 'started' ? state.reviews[0]!.assessments : [];
        expect(assessments).toEqual([
          expect.objectContaining({ criterionId: 'strategic-fit', met: true, assessedAt: at(3) }),
        ]);
      });
  });

  it('uses the playbook in force, not the default, for new reviews', () => {
    spec
      .given(history(start()))
      .when(openReview('analysis', 1, { ...inForce, revision: 4 }))
      .thenState((_state, events) => expect(events[0]!.data).toMatchObject({ playbookRevision: 4 }));
  });
});
