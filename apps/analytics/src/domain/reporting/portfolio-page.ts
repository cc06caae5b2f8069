/**
 * The portfolio lists its products by name in pages (keyset: name, then product id), like every list:
 * `limit` products, and a cursor for the products after the last one when there are more.
 */
export const portfolioPageSize = { default: 100, max: 1000 } as const;

/** Where a page ends: the sort key of its last product. */
export interface PortfolioPosition {
  readonly name: string;
  readonly productId: string;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An opaque cursor (base64url JSON) for the products after `position`. */
export function encodePortfolioCursor(position: PortfolioPosition): string {
  return Buffer.from(JSON.stringify([position.name, position.productId]), 'utf8').toString('base64url');
}

/** The position a cursor holds, or undefined when it was not made by `encodePortfolioCursor`. */
export function decodePortfolioCursor(cursor: string): PortfolioPosition | undefined {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === 2 &&
      typeof key[0] === 'string' &&
      key[0].length <= 1000 &&
      !key[0].includes('\u0000') &&
      typeof key[1] === 'string' &&
      uuid.test(key[1])
    )
      return { name: key[0], productId: key[1] };
  } catch {
    // not base64url JSON: not one of ours
  }
  return undefined;
}
