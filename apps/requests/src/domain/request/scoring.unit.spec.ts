import { deciderSpec } from '@product-ledger/domain/testing';
import { at, merged, requestId, submitted } from '../../../test/request-fixtures';
import type { ScoreRequest } from './request-commands';
import { requestDecider } from './request-decider';

const spec = deciderSpec(requestDecider);
const scoreIt: ScoreRequest = {
  type: 'ScoreRequest',
  requestId,
  at,
  reach: 400,
  impact: 2,
  confidence: 0.8,
  effort: 4,
  strategicFit: 3,
  scoredBy: 'pat.pm',
};
const scored = {
  type: 'RequestScored',
  data: {
    requestId,
    reach: 400,
    impact: 2,
    confidence: 0.8,
    effort: 4,
    rice: 160,
    strategicFit: 3,
    scoredBy: 'pat.pm',
    scoredAt: at,
  },
} as const;

describe('scoring', () => {
  it('records RICE (reach × impact × confidence ÷ effort) and strategic fit', () => {
    spec.given([submitted()]).when(scoreIt).then([scored]);
  });

  it('records nothing when scored again with the same numbers', () => {
    spec.given([submitted(), scored]).when(scoreIt).thenNothingHappened();
  });

  it('records a new score when a number changes', () => {
    spec
      .given([submitted(), scored])
      .when({ ...scoreIt, confidence: 0.5 })
      .then([{ type: 'RequestScored', data: { ...scored.data, confidence: 0.5, rice: 100 } }]);
  });

  it('refuses to score a merged request', () => {
    spec.given([submitted(), merged()]).when(scoreIt).thenThrows('request.closed');
  });
});
