import type { GateDecision, LifecycleStage, Playbook, StageWithActivities } from '@product-ledger/contracts';
import { lifecycleIdFor } from '@product-ledger/contracts';
import { defaultPlaybook } from '../playbook/default-playbook';
import type { LifecycleCommand, PlaybookInForce } from '../lifecycle/lifecycle-commands';
import { lifecycleDecider } from '../lifecycle/lifecycle-decider';
import type { LifecycleEvent } from '../lifecycle/lifecycle-events';

/** Shared givens of the decider specs: one product, the default playbook, a clock that ticks a minute a step. */
export const productId = '0b6f4a8e-3c1d-4e2f-9a7b-5c6d7e8f9a0b';
export const lifecycleId = lifecycleIdFor(productId);
export const pm = 'pat.pm';
export const gatekeeper = 'gil.gatekeeper';
export const contributor = 'cora.dev';
export const inForce: PlaybookInForce = { playbook: defaultPlaybook, revision: 0 };

export function at(minute: number): string {
  return new Date(Date.UTC(2026, 2, 1, 9, minute)).toISOString();
}

export const review = (n: number): string => `${lifecycleId}-r${n}`;

export const start = (stage: StageWithActivities = 'innovation', minute = 0): LifecycleCommand => ({
  type: 'StartLifecycle',
  lifecycleId,
  productId,
  stage,
  trigger: 'ProductRegistered',
  playbook: inForce,
  actor: 'catalogue-policy',
  at: at(minute),
});

export const openReview = (
  toStage: LifecycleStage,
  minute: number,
  playbook: PlaybookInForce = inForce,
): LifecycleCommand => ({
  type: 'OpenGateReview',
  lifecycleId,
  toStage,
  playbook,
  actor: pm,
  at: at(minute),
});

export const assess = (
  reviewId: string,
  criterionId: string,
  met: boolean,
  minute: number,
): LifecycleCommand => ({
  type: 'AssessCriterion',
  lifecycleId,
  reviewId,
  criterionId,
  met,
  evidence: `evidence for ${criterionId}`,
  actor: pm,
  at: at(minute),
});

export const complete = (activityId: string, minute: number, note?: string): LifecycleCommand => ({
  type: 'CompleteActivity',
  lifecycleId,
  activityId,
  ...(note === undefined ? {} : { note }),
  actor: contributor,
  at: at(minute),
});

export const decide = (
  reviewId: string,
  decision: GateDecision,
  minute: number,
  rationale: string | undefined = decision === 'go' ? undefined : `because ${decision}`,
  playbook: PlaybookInForce = inForce,
): LifecycleCommand => ({
  type: 'RecordGateDecision',
  lifecycleId,
  reviewId,
  decision,
  ...(rationale === undefined ? {} : { rationale }),
  conditions: [],
  playbook,
  actor: gatekeeper,
  at: at(minute),
});

export const businessCase = (minute: number): LifecycleCommand => ({
  type: 'SubmitBusinessCase',
  lifecycleId,
  proposition: 'Self-service onboarding for small teams',
  targetMarket: 'B2B SaaS, 10-50 seats',
  currency: 'EUR',
  investment: 250_000,
  expectedRevenue: { year1: 100_000, year2: 300_000, year3: 500_000 },
  paybackMonths: 20,
  actor: pm,
  at: at(minute),
});

export const advance = (
  toStage: LifecycleStage,
  minute: number,
  playbook: PlaybookInForce = inForce,
): LifecycleCommand => ({
  type: 'AdvanceStage',
  lifecycleId,
  toStage,
  playbook,
  actor: pm,
  at: at(minute),
});

export const announceWithdrawal = (minute: number, replacementProductId?: string): LifecycleCommand => ({
  type: 'AnnounceWithdrawal',
  lifecycleId,
  effectiveDate: '2026-12-31',
  reason: 'Replaced by the cloud edition',
  ...(replacementProductId === undefined ? {} : { replacementProductId }),
  playbook: inForce,
  actor: pm,
  at: at(minute),
});

export const completeWithdrawal = (minute: number): LifecycleCommand => ({
  type: 'CompleteWithdrawal',
  lifecycleId,
  actor: pm,
  at: at(minute),
});

/** The events a sequence of commands produces: givens written as what happened, not as raw payloads. */
export function history(...commands: LifecycleCommand[]): LifecycleEvent[] {
  const events: LifecycleEvent[] = [];
  let state = lifecycleDecider.initialState();
  for (const command of commands) {
    for (const event of lifecycleDecider.decide(command, state)) {
      events.push(event);
      state = lifecycleDecider.evolve(state, event);
    }
  }
  return events;
}

/** A lifecycle that passed the innovation gate and sits in analysis with review r1 decided (minutes 0-6). */
export function reachAnalysis(): LifecycleCommand[] {
  return [
    start(),
    complete('customer-proposition', 1),
    complete('prioritise-ideas', 2),
    openReview('analysis', 3),
    assess(review(1), 'proposition-described', true, 4),
    assess(review(1), 'idea-prioritised', true, 5),
    decide(review(1), 'go', 6),
  ];
}

export const inAnalysis = (): LifecycleEvent[] => history(...reachAnalysis());

/** A playbook where go_to_market needs no formal review (small web changes). */
export function playbookWithDirectLaunch(): PlaybookInForce {
  const playbook: Playbook = {
    ...defaultPlaybook,
    gates: defaultPlaybook.gates.map((gate) =>
      gate.toStage === 'go_to_market' ? { ...gate, requiresReview: false } : gate,
    ),
  };
  return { playbook, revision: 1 };
}
