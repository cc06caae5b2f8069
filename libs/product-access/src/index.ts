// Public face of @product-ledger/product-access: the ownership rule at a service's edge (ProductAccess),
// where the stewards come from (StewardsSource), and the local stewards read model that lifecycle,
// requests and analytics keep from the catalogue's events.
export { currentRequester, ProductAccess, ProductStewardsUnknown } from './product-access';
export { productStewardsMigration } from './product-stewards-migration';
export { productStewardsProjection } from './product-stewards-projection';
export type { StewardsEvent, StewardsTopics } from './product-stewards-projection';
export { readModelStewardsProvider, ReadModelStewards, stewardedProducts } from './read-model-stewards';
export { STEWARDS_SOURCE } from './stewards-source';
export type { StewardsSource } from './stewards-source';
