import { reportRange } from './period-range';

describe('reportRange', () => {
  it('makes inclusive periods a half-open date range', () => {
    expect(reportRange('2026-01', '2026-03')).toEqual({ from: '2026-01-01', to: '2026-04-01' });
    expect(reportRange('2026-01-15', '2026-01-15')).toEqual({ from: '2026-01-15', to: '2026-01-16' });
    expect(reportRange(undefined, '2025-12')).toEqual({ from: undefined, to: '2026-01-01' });
  });
});
