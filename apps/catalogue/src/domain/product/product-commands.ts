import type { InitialStage, ProductKind, ProductMarket, StakeholderRole } from '@product-ledger/contracts';
import type { ProductLineAvailability } from './product-line-availability';

export interface RegisterProduct {
  readonly type: 'RegisterProduct';
  readonly productId: string;
  readonly code: string;
  readonly name: string;
  readonly description: string;
  readonly productLineId: string;
  readonly productLine: ProductLineAvailability;
  readonly kind: ProductKind;
  readonly market: ProductMarket;
  readonly ownerId: string;
  readonly initialStage?: InitialStage;
}

/** A partial update (PATCH): each given field that differs from the current value becomes one event. */
export interface ReviseProduct {
  readonly type: 'ReviseProduct';
  readonly productId: string;
  readonly name?: string;
  readonly description?: string;
  readonly productLineId?: string;
  /** Required when `productLineId` is given and differs from the product's line. */
  readonly productLine?: ProductLineAvailability;
}

export interface AssignProductOwner {
  readonly type: 'AssignProductOwner';
  readonly productId: string;
  readonly ownerId: string;
}

export interface AddStakeholder {
  readonly type: 'AddStakeholder';
  readonly productId: string;
  readonly personId: string;
  readonly role: StakeholderRole;
}

export interface RemoveStakeholder {
  readonly type: 'RemoveStakeholder';
  readonly productId: string;
  readonly personId: string;
  readonly role: string;
}

export interface PlanVersion {
  readonly type: 'PlanVersion';
  readonly productId: string;
  readonly version: string;
  readonly targetDate: string;
  readonly scope: string;
}

export interface ReleaseVersion {
  readonly type: 'ReleaseVersion';
  readonly productId: string;
  readonly version: string;
  readonly releasedAt: string;
}

/** A person decides to retire the product: refused when it is already retired. */
export interface RetireProduct {
  readonly type: 'RetireProduct';
  readonly productId: string;
  readonly reason: string;
}

/**
 * The lifecycle withdrew the product: retire it unless that already happened, so a redelivered or
 * late withdrawal event changes nothing.
 */
export interface RetireWithdrawnProduct {
  readonly type: 'RetireWithdrawnProduct';
  readonly productId: string;
  readonly reason: string;
  readonly withdrawalEventId: string;
}

export type ProductCommand =
  | RegisterProduct
  | ReviseProduct
  | AssignProductOwner
  | AddStakeholder
  | RemoveStakeholder
  | PlanVersion
  | ReleaseVersion
  | RetireProduct
  | RetireWithdrawnProduct;
