import { maxStrategicFit } from '@product-ledger/contracts';
import { demandOf, distinctAccounts } from '../request/customer-accounts';
import { explainPriority } from './explain-priority';
import type { DemandPart, PriorityBreakdown, RicePart, StrategicFitPart } from './priority-breakdown';
import { priorityWeights } from './priority-weights';
import type { RankingCandidate } from './ranking-candidate';

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function shareOf(value: number, best: number): number {
  return best > 0 ? value / best : 0;
}

/**
 * Ranks the requests of one product. RICE and demand count relative to the best request of the product
 * (a request with the product's highest RICE gets all 50 RICE points), strategic fit against its scale.
 * The priority is the sum of the rounded points, so the parts shown always add up to it. Ties go to more
 * demand, then to the older request.
 */
export function rankRequests(candidates: readonly RankingCandidate[]): PriorityBreakdown[] {
  const bestRice = Math.max(0, ...candidates.map((c) => c.score?.rice ?? 0));
  const bestDemand = Math.max(0, ...candidates.map((c) => demandOf(c.accounts)));
  const unranked = candidates.map((candidate) => {
    const score = candidate.score;
    const riceShare = shareOf(score?.rice ?? 0, bestRice);
    const rice: RicePart = {
      reach: score?.reach ?? null,
      impact: score?.impact ?? null,
      confidence: score?.confidence ?? null,
      effort: score?.effort ?? null,
      value: score?.rice ?? null,
      best: bestRice,
      share: riceShare,
      weight: priorityWeights.rice,
      points: round2(riceShare * priorityWeights.rice),
    };
    const accounts = distinctAccounts(candidate.accounts);
    const demandValue = demandOf(accounts);
    const demandShare = shareOf(demandValue, bestDemand);
    const demand: DemandPart = {
      accounts,
      accountCount: accounts.length,
      value: demandValue,
      best: bestDemand,
      share: demandShare,
      weight: priorityWeights.demand,
      points: round2(demandShare * priorityWeights.demand),
    };
    const fitShare = (score?.strategicFit ?? 0) / maxStrategicFit;
    const strategicFit: StrategicFitPart = {
      value: score?.strategicFit ?? null,
      max: maxStrategicFit,
      share: fitShare,
      weight: priorityWeights.strategicFit,
      points: round2(fitShare * priorityWeights.strategicFit),
    };
    const priority = round2(rice.points + demand.points + strategicFit.points);
    return { candidate, priority, rice, demand, strategicFit };
  });
  unranked.sort(
    (a, b) =>
      b.priority - a.priority ||
      b.demand.value - a.demand.value ||
      a.candidate.submittedAt.localeCompare(b.candidate.submittedAt) ||
      a.candidate.requestId.localeCompare(b.candidate.requestId),
  );
  return unranked.map(({ candidate, priority, rice, demand, strategicFit }, index) => ({
    rank: index + 1,
    requestId: candidate.requestId,
    title: candidate.title,
    status: candidate.status,
    rhino: candidate.rhino,
    priority,
    parts: { rice, demand, strategicFit },
    explanation: explainPriority(priority, rice, demand, strategicFit, candidate.rhino),
  }));
}
