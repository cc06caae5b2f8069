import { readFact } from './read-fact';

const valid = {
  productId: '7d0f3b2e-4a53-4c1e-9d1a-2f6f0c6f8e11',
  metric: 'units_sold',
  period: '2026-03-15',
  value: 12,
  unit: 'units',
  source: 'erp',
  externalId: 'so-77',
};

describe('readFact', () => {
  it('accepts a fact the contract describes, with an optional version', () => {
    expect(readFact(valid)).toEqual({ ok: true, fact: valid });
    expect(readFact({ ...valid, version: '1.2.0' })).toMatchObject({ ok: true });
  });

  it('reads a product id in any letter case as the same, lower-case id', () => {
    expect(readFact({ ...valid, productId: valid.productId.toUpperCase() })).toEqual({
      ok: true,
      fact: valid,
    });
  });

  it('names every broken field in the reason', () => {
    const reading = readFact({ ...valid, productId: 'x', period: '2026-13', value: 'twelve' });
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.reason).toContain('productId');
    expect(reading.reason).toContain('period');
    expect(reading.reason).toContain('value');
  });

  it('checks the unit against the metric and the value range of counts and scores', () => {
    expect(readFact({ ...valid, unit: 'EUR' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining("unit: units_sold is reported in 'units'"),
    });
    expect(readFact({ ...valid, value: 1.5 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('whole number'),
    });
    expect(readFact({ ...valid, metric: 'nps', unit: 'score', value: 101 })).toMatchObject({ ok: false });
    expect(readFact({ ...valid, metric: 'revenue', unit: 'EUR', value: -20.5 })).toMatchObject({ ok: true });
    expect(readFact({ ...valid, metric: 'gross_margin', unit: 'percent', value: 38.5 })).toMatchObject({
      ok: true,
    });
    expect(readFact({ ...valid, metric: 'revenue', unit: 'eur' })).toMatchObject({ ok: false });
  });

  it('refuses impossible days and things that are not objects', () => {
    expect(readFact({ ...valid, period: '2026-02-30' })).toMatchObject({ ok: false });
    expect(readFact([valid])).toMatchObject({ ok: false });
    expect(readFact(null)).toMatchObject({ ok: false });
  });
});
