import { factPeriodOf } from './fact-period';

describe('factPeriodOf', () => {
  it('reads a day as the half-open range of that day', () => {
    expect(factPeriodOf('2026-03-15')).toEqual({
      granularity: 'day',
      validFrom: '2026-03-15',
      validTo: '2026-03-16',
    });
  });

  it('reads a month as the half-open range of that month, across a year end', () => {
    expect(factPeriodOf('2026-03')).toEqual({
      granularity: 'month',
      validFrom: '2026-03-01',
      validTo: '2026-04-01',
    });
    expect(factPeriodOf('2025-12')).toEqual({
      granularity: 'month',
      validFrom: '2025-12-01',
      validTo: '2026-01-01',
    });
    expect(factPeriodOf('2024-02-29').validTo).toBe('2024-03-01');
  });

  it('refuses text that is not a period', () => {
    expect(() => factPeriodOf('March')).toThrow(RangeError);
  });
});
