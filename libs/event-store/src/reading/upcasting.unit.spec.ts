import { createUpcastChain, type Upcaster } from './upcasting';

const v1to2: Upcaster<{ n: string }, { name: string }> = { type: 'Named', fromVersion: 1, upcast: (d) => ({ name: d.n }) };
const v2to3: Upcaster<{ name: string }, { name: string; lang: string }> = {
  type: 'Named',
  fromVersion: 2,
  upcast: (d) => ({ ...d, lang: 'en' }),
};

describe('upcast chain', () => {
  const upcast = createUpcastChain([v2to3, v1to2]);

  it('chains upcasters until none applies', () => {
    expect(upcast({ type: 'Named', schemaVersion: 1, data: { n: 'x' } })).toEqual({
      type: 'Named',
      schemaVersion: 3,
      data: { name: 'x', lang: 'en' },
    });
    expect(upcast({ type: 'Named', schemaVersion: 2, data: { name: 'y' } }).schemaVersion).toBe(3);
  });

  it('leaves current versions and other types alone (same object)', () => {
    const current = { type: 'Named', schemaVersion: 3, data: {} };
    expect(upcast(current)).toBe(current);
    const other = { type: 'Other', schemaVersion: 1, data: {} };
    expect(upcast(other)).toBe(other);
  });

  it('refuses two upcasters for the same version', () => {
    expect(() => createUpcastChain([v1to2, v1to2])).toThrow(/two upcasters/);
  });
});
