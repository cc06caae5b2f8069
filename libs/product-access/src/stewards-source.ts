import type { ProductStewards } from '@product-ledger/domain';

/**
 * Where a service finds a product's stewards: the catalogue from its own streams, the other services
 * from their local stewards read model. Undefined when the product is unknown (to this service, so far).
 */
export interface StewardsSource {
  /** True for the catalogue: a product it does not know does not exist (404), rather than not yet heard of. */
  readonly authoritative?: boolean;
  stewardsOf(productId: string): Promise<ProductStewards | undefined>;
}

export const STEWARDS_SOURCE = Symbol('STEWARDS_SOURCE');
