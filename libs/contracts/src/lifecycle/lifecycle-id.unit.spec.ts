import { lifecycleIdFor, lifecycleStreamId, uuidV5 } from './lifecycle-id';

describe('lifecycle ids', () => {
  it('are RFC 9562 UUID version 5 (checked against the standard test vector)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('are the same for the same product (and version), and differ otherwise', () => {
    const productId = '0b6f4a8e-3c1d-4e2f-9a7b-5c6d7e8f9a0b';
    expect(lifecycleIdFor(productId)).toBe(lifecycleIdFor(productId));
    expect(
      new Set([
        lifecycleIdFor(productId),
        lifecycleIdFor(productId, '1.0.0'),
        lifecycleIdFor(productId, '1.0.1'),
      ]).size,
    ).toBe(3);
    expect(lifecycleStreamId(lifecycleIdFor(productId))).toBe(`lifecycle-${lifecycleIdFor(productId)}`);
  });
});
