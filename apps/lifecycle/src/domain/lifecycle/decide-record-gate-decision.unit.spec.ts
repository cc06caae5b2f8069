import { deciderSpec } from '@product-ledger/domain/testing';
import { activitiesOf } from '../playbook/playbook-lookup';
import { defaultPlaybook } from '../playbook/default-playbook';
import {
  assess,
  at,
  businessCase,
  complete,
  decide,
  gatekeeper,
  history,
  inAnalysis,
  lifecycleId,
  reachAnalysis,
  openReview,
  pm,
  productId,
  review,
  start,
  contributor,
} from '../testing/lifecycle-fixtures';
import { lifecycleDecider } from './lifecycle-decider';
import type { LifecycleCommand } from './lifecycle-commands';
import type { LifecycleEvent } from './lifecycle-events';

const spec = deciderSpec(lifecycleDecider);
const developmentGate = defaultPlaybook.gates.find((gate) => gate.toStage === 'development')!;

/** In analysis with review r2 (into development) open and nothing done yet. */
const reviewingDevelopment = (...then: LifecycleCommand[]): LifecycleEvent[] =>
  history(...reachAnalysis(), openReview('development', 10), ...then);

/** Everything the gate into development asks for, done and assessed. */
function readyForDevelopment(): LifecycleEvent[] {
  return history(
    ...reachAnalysis(),
    complete('market-validation', 7),
    complete('high-level-requirements', 8),
    complete('business-case', 9),
    businessCase(10),
    openReview('development', 11),
    assess(review(2), 'market-need-validated', true, 12),
    assess(review(2), 'requirements-written', true, 13),
    assess(review(2), 'investment-justified', true, 14),
  );
}

describe('a gatekeeper going through a gate', () => {
  it('refuses go and names every must-meet criterion, required activity and the business case still missing', () => {
    const given = reviewingDevelopment(assess(review(2), 'market-need-validated', false, 11));
    spec
      .given(given)
      .when(decide(review(2), 'go', 12))
      .thenThrows('gate.go_refused', {
        toStage: 'development',
        missingCriteria: [
          { id: 'market-need-validated', name: 'The market need is validated', assessed: true },
          { id: 'requirements-written', name: 'The high-level requirements are written', assessed: false },
          { id: 'investment-justified', name: 'The business case justifies the investment', assessed: false },
        ],
        incompleteActivities: [
          { activityId: 'market-validation', requiredBy: ['market-need-validated'] },
          { activityId: 'high-level-requirements', requiredBy: ['requirements-written'] },
          { activityId: 'business-case', requiredBy: ['investment-justified'] },
        ],
        businessCaseMissing: true,
      });
  });

  it('does not let should-meet criteria block a go', () => {
    spec
      .given(readyForDevelopment())
      .when(decide(review(2), 'go', 15))
      .thenState((state) => {
        expect(state).toMatchObject({
          stage: 'development',
          businessCaseApproved: true,
          openReviewId: undefined,
        });
      });
  });

  it('refuses go into development without a business case even when every criterion is met', () => {
    const withoutCase = readyForDevelopment().filter((event) => event.type !== 'BusinessCaseSubmitted');
    spec
      .given(withoutCase)
      .when(decide(review(2), 'go', 15))
      .thenThrows('gate.go_refused', {
        missingCriteria: [],
        incompleteActivities: [],
        businessCaseMissing: true,
      });
  });

  it('records go with the criteria, evidence, activities and business case as decided, then enters the stage', () => {
    spec
      .given(readyForDevelopment())
      .when(decide(review(2), 'go', 15, 'strong case', undefined))
      .thenState((_state, events) => {
        expect(events.map((event) => event.type)).toEqual(['GateDecisionRecorded', 'StageEntered']);
        const [decision, entered] = events;
        expect(decision!.data).toMatchObject({
          lifecycleId,
          productId,
          reviewId: review(2),
          fromStage: 'analysis',
          toStage: 'development',
          decision: 'go',
          resultingStage: 'development',
          rationale: 'strong case',
          conditions: [],
          decidedBy: gatekeeper,
          decidedAt: at(15),
          businessCase: expect.objectContaining({ revision: 1, investment: 250_000, paybackMonths: 20 }),
          requiredActivities: [
            {
              activityId: 'market-validation',
              completed: true,
              completedBy: contributor,
              completedAt: at(7),
            },
            {
              activityId: 'high-level-requirements',
              completed: true,
              completedBy: contributor,
              completedAt: at(8),
            },
            { activityId: 'business-case', completed: true, completedBy: contributor, completedAt: at(9) },
          ],
        });
        const criteria = (decision!.data as { criteria: unknown[] }).criteria;
        expect(criteria).toEqual([
          {
            ...developmentGate.criteria[0],
            met: true,
            evidence: 'evidence for market-need-validated',
            assessedBy: pm,
            assessedAt: at(12),
          },
          {
            ...developmentGate.criteria[1],
            met: true,
            evidence: 'evidence for requirements-written',
            assessedBy: pm,
            assessedAt: at(13),
          },
          {
            ...developmentGate.criteria[2],
            met: true,
            evidence: 'evidence for investment-justified',
            assessedBy: pm,
            assessedAt: at(14),
          },
          { ...developmentGate.criteria[3], met: null },
        ]);
        expect(entered!.data).toEqual({
          lifecycleId,
          productId,
          stage: 'development',
          previousStage: 'analysis',
          enteredAt: at(15),
          cause: 'go',
          reviewId: review(2),
          activities: activitiesOf(defaultPlaybook, 'development'),
        });
      });
  });

  it('refuses a decision on a review that was already decided', () => {
    spec
      .given(inAnalysis())
      .when(decide(review(1), 'kill', 9))
      .thenThrows('review.decided', { decision: 'go' });
  });
});

describe('a gatekeeper stopping, holding or recycling', () => {
  it('kills: the lifecycle stops for good in the killed stage', () => {
    spec
      .given(reviewingDevelopment())
      .when(decide(review(2), 'kill', 12, 'no market'))
      .thenState((state, events) => {
        expect(events.map((event) => event.type)).toEqual([
          'GateDecisionRecorded',
          'LifecycleKilled',
          'StageEntered',
        ]);
        expect(events[0]!.data).toMatchObject({
          decision: 'kill',
          resultingStage: 'killed',
          rationale: 'no market',
        });
        expect(events[1]!.data).toEqual({
          lifecycleId,
          productId,
          stage: 'analysis',
          reviewId: review(2),
          reason: 'no market',
          killedBy: gatekeeper,
          killedAt: at(12),
        });
        expect(events[2]!.data).toMatchObject({
          stage: 'killed',
          previousStage: 'analysis',
          cause: 'kill',
          activities: [],
        });
        expect(state).toMatchObject({ stage: 'killed' });
      });
  });

  it('takes no more changes after a kill', () => {
    const killed = reviewingDevelopment(decide(review(2), 'kill', 12));
    spec.given(killed).when(businessCase(13)).thenThrows('lifecycle.closed', { stage: 'killed' });
    spec.given(killed).when(openReview('development', 13)).thenThrows('lifecycle.closed');
  });

  it('needs a rationale for anything but go', () => {
    for (const decision of ['kill', 'hold', 'recycle'] as const) {
      spec
        .given(reviewingDevelopment())
        .when(decide(review(2), decision, 12, '  '))
        .thenThrows('decision.rationale_required', { decision });
    }
  });

  it('holds: the review closes, the stage stays, a new review can be opened', () => {
    spec
      .given(reviewingDevelopment())
      .when(decide(review(2), 'hold', 12, 'wait for the survey'))
      .thenState((state, events) => {
        expect(events.map((event) => event.type)).toEqual(['GateDecisionRecorded']);
        expect(events[0]!.data).toMatchObject({ decision: 'hold', resultingStage: 'analysis' });
        expect(state).toMatchObject({ stage: 'analysis', openReviewId: undefined });
      });
    const held = reviewingDevelopment(decide(review(2), 'hold', 12));
    spec
      .given(held)
      .when(openReview('development', 13))
      .thenState((state) => expect(state).toMatchObject({ openReviewId: review(3) }));
  });

  it('recycles back one stage, with that stage activities again', () => {
    spec
      .given(reviewingDevelopment())
      .when(decide(review(2), 'recycle', 12, 'rethink the proposition'))
      .thenState((state, events) => {
        expect(events.map((event) => event.type)).toEqual(['GateDecisionRecorded', 'StageEntered']);
        expect(events[0]!.data).toMatchObject({ decision: 'recycle', resultingStage: 'innovation' });
        expect(events[1]!.data).toMatchObject({
          stage: 'innovation',
          previousStage: 'analysis',
          cause: 'recycle',
          activities: activitiesOf(defaultPlaybook, 'innovation'),
        });
        expect(state).toMatchObject({ stage: 'innovation', stageEnteredAt: at(12) });
      });
  });

  it('cannot recycle from the first stage', () => {
    spec
      .given(history(start(), openReview('analysis', 1)))
      .when(decide(review(1), 'recycle', 2))
      .thenThrows('decision.no_previous_stage', { stage: 'innovation' });
  });
});
