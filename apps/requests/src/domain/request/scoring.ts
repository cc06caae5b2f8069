import type { ScoreRequest } from './request-commands';
import type { RequestEvent } from './request-events';
import type { SubmittedRequest } from './request-state';
import { riceScore } from './rice';

/** Scoring again with the same numbers records nothing. */
export function score(command: ScoreRequest, state: SubmittedRequest): RequestEvent[] {
  const { reach, impact, confidence, effort, strategicFit } = command;
  const current = state.score;
  if (
    current &&
    current.reach === reach &&
    current.impact === impact &&
    current.confidence === confidence &&
    current.effort === effort &&
    current.strategicFit === strategicFit
  ) {
    return [];
  }
  return [
    {
      type: 'RequestScored',
      data: {
        requestId: state.requestId,
        reach,
        impact,
        confidence,
        effort,
        rice: riceScore(reach, impact, confidence, effort),
        strategicFit,
        scoredBy: command.scoredBy,
        scoredAt: command.at,
      },
    },
  ];
}
