import { reservedKeyErrors } from './reserved-keys';

describe('reservedKeyErrors', () => {
  it('finds Object.prototype names at any depth, with their paths', () => {
    const body = JSON.parse(
      '{"name":"x","toString":1,"accounts":[{"id":"a","constructor":{}}],"__proto__":{"a":1}}',
    );
    expect(reservedKeyErrors(body).map((e) => e.path)).toEqual([
      'toString',
      'accounts[0].constructor',
      '__proto__',
    ]);
  });

  it('finds nothing in an ordinary body', () => {
    expect(reservedKeyErrors({ name: 'x', nested: { list: [1, { a: 'b' }] } })).toEqual([]);
  });
});
