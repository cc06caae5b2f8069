import { deciderSpec } from '@product-ledger/domain/testing';
import { defaultPlaybook } from '../playbook/default-playbook';
import { activitiesOf } from '../playbook/playbook-lookup';
import {
  advance,
  at,
  history,
  lifecycleId,
  openReview,
  playbookWithDirectLaunch,
  productId,
  review,
  start,
} from '../testing/lifecycle-fixtures';
import { lifecycleDecider } from './lifecycle-decider';

const spec = deciderSpec(lifecycleDecider);
const direct = playbookWithDirectLaunch();

describe('advancing through a gate that needs no formal review', () => {
  it('enters the next stage directly', () => {
    spec
      .given(history(start('development')))
      .when(advance('go_to_market', 1, direct))
      .then([
        {
          type: 'StageEntered',
          data: {
            lifecycleId,
            productId,
            stage: 'go_to_market',
            previousStage: 'development',
            enteredAt: at(1),
            cause: 'advance',
            activities: activitiesOf(defaultPlaybook, 'go_to_market'),
          },
        },
      ]);
  });

  it('is refused where the gate needs a review', () => {
    spec
      .given(history(start('go_to_market')))
      .when(advance('in_life', 1, direct))
      .thenThrows('gate.review_required', { toStage: 'in_life' });
  });

  it('is refused into development even if a playbook says it needs no review', () => {
    const lax = {
      revision: 2,
      playbook: {
        ...defaultPlaybook,
        gates: defaultPlaybook.gates.map((gate) => ({ ...gate, requiresReview: false })),
      },
    };
    spec
      .given(history(start('analysis')))
      .when(advance('development', 1, lax))
      .thenThrows('gate.review_required', { toStage: 'development' });
  });

  it('is refused past the next stage', () => {
    spec
      .given(history(start('development')))
      .when(advance('in_life', 1, direct))
      .thenThrows('gate.not_next_stage');
  });

  it('is refused while a review of the gate is open', () => {
    spec
      .given(history(start('development'), openReview('go_to_market', 1, direct)))
      .when(advance('go_to_market', 2, direct))
      .thenThrows('review.already_open', { reviewId: review(1) });
  });

  it('is refused from in_life, where only withdrawal leads on', () => {
    spec
      .given(history(start('in_life')))
      .when(advance('end_of_life', 1, direct))
      .thenThrows('gate.none_ahead');
  });
});
