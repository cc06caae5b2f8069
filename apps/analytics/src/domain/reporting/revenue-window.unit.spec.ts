import { revenueWindow } from './revenue-window';

describe('revenueWindow', () => {
  it('covers the 12 calendar months ending with the month of the moment', () => {
    expect(revenueWindow(new Date('2026-03-15T10:00:00Z'))).toEqual({ from: '2025-04-01', to: '2026-04-01' });
    expect(revenueWindow(new Date('2025-12-31T23:59:59Z'))).toEqual({ from: '2025-01-01', to: '2026-01-01' });
  });
});
