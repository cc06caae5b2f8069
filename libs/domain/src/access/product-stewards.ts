/**
 * Who answers for a product, as far as changing it goes: its owner, the people who are its stakeholders in
 * the `product_management` role, and the owner of its product line. Each service keeps these for the
 * products it holds (the catalogue from its streams, the others from the catalogue's events).
 */
export interface ProductStewards {
  readonly productId: string;
  readonly ownerId: string;
  /** Stakeholders in the `product_management` role. */
  readonly productManagers: readonly string[];
  /** Undefined for a line created before lines had owners. */
  readonly lineOwnerId?: string;
}

/** The one asking: the token's subject and roles. */
export interface Requester {
  readonly subject: string;
  readonly roles: readonly string[];
}
