import { asOfBoundary, isAsOf } from './as-of';

describe('asOfBoundary', () => {
  it('reads a date as the end of that day (UTC): the boundary is the next midnight', () => {
    expect(asOfBoundary('2025-03-01').toISOString()).toBe('2025-03-02T00:00:00.000Z');
  });

  it('reads a date-time as that instant (the boundary is one millisecond later)', () => {
    expect(asOfBoundary('2025-03-01T10:00:00Z').toISOString()).toBe('2025-03-01T10:00:00.001Z');
  });

  it('refuses what is not a date', () => {
    expect(isAsOf('2025-02-30')).toBe(false);
    expect(isAsOf('yesterday')).toBe(false);
    expect(isAsOf('2025-03-01')).toBe(true);
    expect(isAsOf('2025-03-01T10:00:00+02:00')).toBe(true);
  });
});
