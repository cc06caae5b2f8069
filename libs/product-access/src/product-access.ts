import { Inject, Injectable } from '@nestjs/common';
import {
  assertMayChangeProduct,
  assertMayDecideGate,
  DomainError,
  NotFoundError,
  type ProductStewards,
  type Requester,
} from '@product-ledger/domain';
import { getRequestContext } from '@product-ledger/service-kit';
import { STEWARDS_SOURCE, type StewardsSource } from './stewards-source';

/** This service has not heard of the product's stewards yet (the catalogue's events are on their way). */
export class ProductStewardsUnknown extends DomainError {
  constructor(productId: string) {
    super(
      'product-stewards-unknown',
      `who owns product ${productId} is not known here yet: the catalogue's events reach this service within ` +
        'seconds; try again shortly',
      'forbidden',
      { productId },
    );
  }
}

/** How long a request waits for stewards this service has not heard of yet. */
const stewardsWaitMs = 2_000;

/**
 * The ownership rule at a service's edge: controllers call it before a command that changes a product.
 * The requester is the authenticated actor of the request; a request without one is refused (fail closed).
 */
@Injectable()
export class ProductAccess {
  constructor(@Inject(STEWARDS_SOURCE) private readonly stewards: StewardsSource) {}

  /**
   * `admin`, or a `product_manager` who is one of the product's stewards; else 403 not-product-owner.
   * `openTo` names roles that may do this without being a steward (Sales linking a request to a product).
   */
  async assertMayChange(productId: string, options: { openTo?: readonly string[] } = {}): Promise<void> {
    const requester = currentRequester();
    if (requester.roles.includes('admin')) return;
    if (options.openTo?.some((role) => requester.roles.includes(role))) return;
    assertMayChangeProduct(requester, await this.known(productId));
  }

  /** A gatekeeper decides any gate but that of a product they own (403 own-gate-decision). */
  async assertMayDecideGate(productId: string): Promise<void> {
    assertMayDecideGate(currentRequester(), await this.known(productId));
  }

  /**
   * The product's stewards. A service that learns them from the catalogue's events may hear of a product
   * a moment after its other consumers did (a lifecycle started, a request linked): it looks again for up
   * to `stewardsWaitMs` before answering 403 product-stewards-unknown.
   */
  private async known(productId: string): Promise<ProductStewards> {
    let stewards = await this.stewards.stewardsOf(productId);
    const until = Date.now() + (this.stewards.authoritative ? 0 : stewardsWaitMs);
    while (!stewards && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      stewards = await this.stewards.stewardsOf(productId);
    }
    if (!stewards)
      throw this.stewards.authoritative
        ? new NotFoundError('product', productId)
        : new ProductStewardsUnknown(productId);
    return stewards;
  }
}

/** The authenticated actor of the current request. */
export function currentRequester(): Requester {
  const actor = getRequestContext()?.actor;
  if (!actor)
    throw new DomainError('unauthenticated', 'this action needs an authenticated requester', 'forbidden');
  return actor;
}
