import type { RankingCandidate } from '../domain/ranking/ranking-candidate';
import type { SubmittedRequest } from '../domain/request/request-state';

/** What the ranking reads of a projected request. */
export function rankingCandidate(state: SubmittedRequest): RankingCandidate {
  const { requestId, title, status, rhino, accounts, score, submittedAt } = state;
  return {
    requestId,
    title,
    status,
    rhino,
    accounts,
    submittedAt,
    ...(score === undefined
      ? {}
      : {
          score: {
            reach: score.reach,
            impact: score.impact,
            confidence: score.confidence,
            effort: score.effort,
            rice: score.rice,
            strategicFit: score.strategicFit,
          },
        }),
  };
}
