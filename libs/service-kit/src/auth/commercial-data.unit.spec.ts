import { omitKeys, seesCommercialData } from './commercial-data';

describe('commercial data', () => {
  it('is seen by admin, product managers, gatekeepers, Sales and analysts, not by the other roles', () => {
    for (const role of ['admin', 'product_manager', 'gatekeeper', 'sales', 'analyst'] as const)
      expect(seesCommercialData({ subject: 's', roles: [role] })).toBe(true);
    for (const role of ['viewer', 'contributor', 'integration'] as const)
      expect(seesCommercialData({ subject: 's', roles: [role] })).toBe(false);
    expect(seesCommercialData({ subject: 's', roles: ['viewer', 'sales'] })).toBe(true);
    expect(seesCommercialData(undefined)).toBe(false);
  });

  it('omits the keys at any depth, in arrays too, and leaves everything else as it was', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    const body = {
      dealValue: 5,
      title: 'SSO',
      accounts: [{ name: 'Acme', revenue: 1 }, { name: 'Globex', revenue: 2 }],
      events: [{ data: { account: { revenue: 3, name: 'Initech' } }, at }],
      nested: { demand: { value: 4 } },
    };
    expect(omitKeys(body, new Set(['revenue', 'dealValue', 'demand']))).toEqual({
      title: 'SSO',
      accounts: [{ name: 'Acme' }, { name: 'Globex' }],
      events: [{ data: { account: { name: 'Initech' } }, at }],
      nested: {},
    });
    expect(body.accounts[0]).toEqual({ name: 'Acme', revenue: 1 });
    expect(omitKeys('text', new Set(['revenue']))).toBe('text');
  });
});
