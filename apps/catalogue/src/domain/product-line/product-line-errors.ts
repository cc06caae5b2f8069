import { DomainError } from '@product-ledger/domain';

export class ProductLineAlreadyExists extends DomainError {
  constructor(productLineId: string) {
    super('product_line.already_exists', `product line ${productLineId} already exists`, 'conflict', {
      productLineId,
    });
  }
}

export class ProductLineArchivedError extends DomainError {
  constructor(productLineId: string) {
    super(
      'product_line.archived',
      `product line ${productLineId} is archived and takes no changes`,
      'rule-broken',
      {
        productLineId,
      },
    );
  }
}

export class ProductLineHasActiveProducts extends DomainError {
  constructor(productLineId: string, activeProducts: number) {
    super(
      'product_line.has_active_products',
      `product line ${productLineId} still holds ${activeProducts} active product(s); move or retire them first`,
      'rule-broken',
      { productLineId, activeProducts },
    );
  }
}
