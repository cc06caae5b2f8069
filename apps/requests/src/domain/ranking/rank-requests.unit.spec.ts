import type { CustomerAccount } from '@product-ledger/contracts';
import { rankRequests } from './rank-requests';
import type { RankingCandidate } from './ranking-candidate';

const acme: CustomerAccount = { accountId: 'acme', name: 'Acme', revenue: 3_000_000 };
const globex: CustomerAccount = { accountId: 'globex', name: 'Globex', revenue: 1_000_000 };
const initech: CustomerAccount = { accountId: 'initech', name: 'Initech', revenue: 500_000 };

function candidate(requestId: string, overrides: Partial<RankingCandidate>): RankingCandidate {
  return {
    requestId,
    title: requestId,
    status: 'open',
    rhino: false,
    accounts: [],
    submittedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

// A small known set: best RICE 200 (sso), best demand 4,000,000 (sso: Acme + Globex).
const sso = candidate('sso', {
  accounts: [acme, globex],
  score: { reach: 500, impact: 2, confidence: 0.8, effort: 4, rice: 200, strategicFit: 4 },
});
const export_ = candidate('export', {
  accounts: [initech],
  score: { reach: 1000, impact: 1, confidence: 0.5, effort: 5, rice: 100, strategicFit: 5 },
});
const rhino = candidate('rhino', {
  accounts: [acme],
  rhino: true,
  score: { reach: 10, impact: 3, confidence: 1, effort: 3, rice: 10, strategicFit: 1 },
});
const unscored = candidate('unscored', { accounts: [globex, initech] });

describe('ranking the requests of a product', () => {
  const ranking = rankRequests([unscored, rhino, export_, sso]);

  it('orders by priority: RICE 50 points, demand 30, strategic fit 20', () => {
    expect(ranking.map((r) => [r.rank, r.requestId, r.priority])).toEqual([
      [1, 'sso', 96], // 50 + 30 + 16
      [2, 'export', 48.75], // 25 + 3.75 + 20
      [3, 'rhino', 29], // 2.5 + 22.5 + 4
      [4, 'unscored', 11.25], // 0 + 11.25 + 0
    ]);
  });

  it('shows every part of the score, adding up to the priority', () => {
    const second = ranking[1]!;
    expect(second.parts.rice).toEqual({
      reach: 1000,
      impact: 1,
      confidence: 0.5,
      effort: 5,
      value: 100,
      best: 200,
      share: 0.5,
      weight: 50,
      points: 25,
    });
    expect(second.parts.demand).toEqual({
      accounts: [initech],
      accountCount: 1,
      value: 500_000,
      best: 4_000_000,
      share: 0.125,
      weight: 30,
      points: 3.75,
    });
    expect(second.parts.strategicFit).toEqual({ value: 5, max: 5, share: 1, weight: 20, points: 20 });
    for (const entry of ranking) {
      const { rice, demand, strategicFit } = entry.parts;
      expect(rice.points + demand.points + strategicFit.points).toBeCloseTo(entry.priority, 10);
    }
  });

  it('explains the score in words a product manager can read out to Sales', () => {
    expect(ranking[1]!.explanation).toBe(
      'Priority 48.75 of 100: RICE 100 (reach 1000 × impact 1 × confidence 0.5 ÷ effort 5) is 50% of the ' +
        "product's best (200): 25 of 50 points; demand 500000 in annual revenue from 1 account (Initech) is 13% " +
        "of the product's best (4000000): 3.75 of 30 points; strategic fit 5 of 5: 20 of 20 points.",
    );
    expect(ranking[2]!.explanation).toContain(
      'RHiNO: one account drives it with a deal above the threshold.',
    );
    expect(ranking[3]!.explanation).toContain('RICE not scored yet: 0 of 50 points');
    expect(ranking[3]!.explanation).toContain('strategic fit not scored yet: 0 of 20 points');
  });

  it('breaks ties by demand, then by age', () => {
    const older = candidate('older', { accounts: [globex], submittedAt: '2025-12-01T00:00:00.000Z' });
    const newer = candidate('newer', { accounts: [globex], submittedAt: '2026-02-01T00:00:00.000Z' });
    const bigger = candidate('bigger', {
      accounts: [globex, { accountId: 'tiny', name: 'Tiny', revenue: 1 }],
    });
    expect(rankRequests([newer, older, bigger]).map((r) => r.requestId)).toEqual([
      'bigger',
      'older',
      'newer',
    ]);
  });

  it('gives nothing for RICE or demand when no request of the product has any', () => {
    const [only] = rankRequests([candidate('lonely', {})]);
    expect(only!.priority).toBe(0);
    expect(only!.parts.demand).toMatchObject({ value: 0, best: 0, share: 0, points: 0 });
  });

  it('counts an account once in demand', () => {
    const [only] = rankRequests([candidate('twice', { accounts: [acme, { ...acme, revenue: 99 }] })]);
    expect(only!.parts.demand).toMatchObject({ accountCount: 1, value: 3_000_000 });
  });
});
