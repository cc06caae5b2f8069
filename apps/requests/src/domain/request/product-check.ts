import type { ProductAvailability } from './product-availability';
import { ProductNotAvailable } from './request-errors';

/** A request may only point at a product the catalogue knows and still offers. */
export function requireAvailableProduct(
  productId: string,
  availability: ProductAvailability | undefined,
): void {
  if (availability === 'active') return;
  throw new ProductNotAvailable(productId, availability ?? 'unknown');
}
