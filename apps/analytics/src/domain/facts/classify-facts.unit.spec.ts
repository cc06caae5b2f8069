import type { MetricFact } from '@product-ledger/contracts';
import { classifyFacts } from './classify-facts';
import { factIdentity, type FactContent } from './fact-content';

const fact = (overrides: Partial<MetricFact> = {}): MetricFact => ({
  productId: '7d0f3b2e-4a53-4c1e-9d1a-2f6f0c6f8e11',
  metric: 'revenue',
  period: '2026-03',
  value: 1200,
  unit: 'EUR',
  source: 'billing',
  externalId: 'inv-1',
  ...overrides,
});

const storedOf = (...facts: MetricFact[]) =>
  new Map<string, FactContent>(facts.map((f) => [factIdentity(f), f]));

describe('classifyFacts', () => {
  it('given nothing stored, when new facts arrive, then they are accepted and written', () => {
    const result = classifyFacts(new Map(), [fact(), fact({ externalId: 'inv-2' })]);
    expect(result.outcomes).toEqual(['accepted', 'accepted']);
    expect(result.writes).toEqual([
      { fact: fact(), supersedes: false },
      { fact: fact({ externalId: 'inv-2' }), supersedes: false },
    ]);
  });

  it('given a stored fact, when the same fact arrives again, then it is a duplicate and nothing is written', () => {
    const result = classifyFacts(storedOf(fact()), [fact()]);
    expect(result.outcomes).toEqual(['duplicate']);
    expect(result.writes).toEqual([]);
  });

  it('given a stored fact, when its identity arrives with another value, then it is a correction that supersedes it', () => {
    const result = classifyFacts(storedOf(fact()), [fact({ value: 1300 })]);
    expect(result.outcomes).toEqual(['correction']);
    expect(result.writes).toEqual([{ fact: fact({ value: 1300 }), supersedes: true }]);
  });

  it('treats a changed period, product or unit under the same identity as a correction', () => {
    const result = classifyFacts(storedOf(fact()), [fact({ period: '2026-04' })]);
    expect(result.outcomes).toEqual(['correction']);
  });

  it('the same identity from another source is another fact', () => {
    const result = classifyFacts(storedOf(fact()), [fact({ source: 'erp' })]);
    expect(result.outcomes).toEqual(['accepted']);
  });

  it('inside one batch, compares a repeated identity with its previous report and writes only the last one', () => {
    const result = classifyFacts(new Map(), [fact(), fact(), fact({ value: 5 }), fact({ value: 5 })]);
    expect(result.outcomes).toEqual(['accepted', 'duplicate', 'correction', 'duplicate']);
    expect(result.writes).toEqual([{ fact: fact({ value: 5 }), supersedes: false }]);
  });

  it('writes nothing when a batch corrects a stored fact and then corrects it back', () => {
    const result = classifyFacts(storedOf(fact()), [fact({ value: 9 }), fact()]);
    expect(result.outcomes).toEqual(['correction', 'correction']);
    expect(result.writes).toEqual([]);
  });
});
