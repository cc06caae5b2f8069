import { canonicalJson, requestFingerprint } from './request-fingerprint';

describe('requestFingerprint', () => {
  it('is the same for the same request whatever the order of its keys', () => {
    const a = requestFingerprint('POST', '/counters', {
      name: 'x',
      nested: { b: 1, a: [2, { d: 1, c: 2 }] },
    });
    const b = requestFingerprint('post', '/counters', {
      nested: { a: [2, { c: 2, d: 1 }], b: 1 },
      name: 'x',
    });
    expect(a).toBe(b);
  });

  it('differs when the body, the path or the method differs', () => {
    const base = requestFingerprint('POST', '/counters', { name: 'x' });
    expect(requestFingerprint('POST', '/counters', { name: 'y' })).not.toBe(base);
    expect(requestFingerprint('POST', '/counters/1', { name: 'x' })).not.toBe(base);
    expect(requestFingerprint('PUT', '/counters', { name: 'x' })).not.toBe(base);
  });

  it('keeps array order significant', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
    expect(canonicalJson(undefined)).toBe('');
  });
});
