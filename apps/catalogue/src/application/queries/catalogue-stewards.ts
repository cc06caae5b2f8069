import { Inject, Injectable } from '@nestjs/common';
import type { ProductStewards } from '@product-ledger/domain';
import { loadAggregate, type EventStore } from '@product-ledger/event-store';
import { EVENT_STORE } from '@product-ledger/nest-event-sourcing';
import type { StewardsSource } from '@product-ledger/product-access';
import { productLineDecider } from '../../domain/product-line/product-line-decider';
import { productDecider } from '../../domain/product/product-decider';

/**
 * The catalogue decides the ownership rule from its own streams (the product's and its line's), so a
 * change of owner or stakeholders holds from the next request on.
 */
@Injectable()
export class CatalogueStewards implements StewardsSource {
  readonly authoritative = true;

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async stewardsOf(productId: string): Promise<ProductStewards | undefined> {
    const { state } = await loadAggregate(this.store, productId, productDecider);
    if (!state.exists) return undefined;
    const lineOwnerId = await this.lineOwnerOf(state.productLineId);
    return {
      productId,
      ownerId: state.ownerId,
      productManagers: state.stakeholders
        .filter((s) => s.role === 'product_management')
        .map((s) => s.personId),
      ...(lineOwnerId === undefined ? {} : { lineOwnerId }),
    };
  }

  /** Undefined for an unknown line or one created before lines had owners. */
  async lineOwnerOf(productLineId: string): Promise<string | undefined> {
    return (await this.line(productLineId))?.ownerId;
  }

  /** A line as its stream knows it (its owner may be undefined), or undefined for an unknown line. */
  async line(productLineId: string): Promise<{ ownerId?: string } | undefined> {
    const { state } = await loadAggregate(this.store, productLineId, productLineDecider);
    return state.exists ? state : undefined;
  }
}
