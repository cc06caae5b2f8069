import { decodePortfolioCursor, encodePortfolioCursor } from './portfolio-page';

describe('portfolio cursors', () => {
  it('give back the position they were made from, whatever the name holds', () => {
    const position = { name: 'Shelf, "Insights" Pro ü', productId: '0b8e4f7c-3b5a-4c1d-9e2f-1a2b3c4d5e6f' };
    expect(decodePortfolioCursor(encodePortfolioCursor(position))).toEqual(position);
  });

  it('refuse anything else', () => {
    const foreign = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
    expect(decodePortfolioCursor('not a cursor')).toBeUndefined();
    expect(decodePortfolioCursor(foreign(['Name', 'not-a-uuid']))).toBeUndefined();
    expect(decodePortfolioCursor(foreign(['Name']))).toBeUndefined();
    expect(decodePortfolioCursor(foreign([1, '0b8e4f7c-3b5a-4c1d-9e2f-1a2b3c4d5e6f']))).toBeUndefined();
    expect(
      decodePortfolioCursor(foreign(['a\u0000b', '0b8e4f7c-3b5a-4c1d-9e2f-1a2b3c4d5e6f'])),
    ).toBeUndefined();
  });
});
