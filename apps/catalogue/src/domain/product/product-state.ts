import type { InitialStage, ProductKind, ProductMarket, StakeholderRole } from '@product-ledger/contracts';

export interface Stakeholder {
  readonly personId: string;
  readonly role: StakeholderRole;
}

export type ProductVersion =
  | {
      readonly version: string;
      readonly targetDate: string;
      readonly scope: string;
      readonly status: 'planned';
    }
  | {
      readonly version: string;
      readonly targetDate: string;
      readonly scope: string;
      readonly status: 'released';
      readonly releasedAt: string;
    };

export type ProductStatus = 'active' | 'retired';

export interface RegisteredProduct {
  readonly exists: true;
  readonly productId: string;
  readonly code: string;
  readonly name: string;
  readonly description: string;
  readonly productLineId: string;
  readonly kind: ProductKind;
  readonly market: ProductMarket;
  readonly ownerId: string;
  readonly initialStage?: InitialStage;
  readonly status: ProductStatus;
  readonly retirementReason?: string;
  readonly stakeholders: readonly Stakeholder[];
  readonly versions: readonly ProductVersion[];
}

export type ProductState = { readonly exists: false } | RegisteredProduct;
