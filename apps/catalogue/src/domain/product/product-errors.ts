import { DomainError } from '@product-ledger/domain';
import type { ProductLineAvailability } from './product-line-availability';

export class ProductAlreadyRegistered extends DomainError {
  constructor(productId: string) {
    super('product.already_registered', `product ${productId} is already registered`, 'conflict', {
      productId,
    });
  }
}

export class ProductRetiredError extends DomainError {
  constructor(productId: string) {
    super('product.retired', `product ${productId} is retired and takes no more changes`, 'rule-broken', {
      productId,
    });
  }
}

/** The line a product is put in must exist and not be archived. */
export class ProductLineNotAvailable extends DomainError {
  constructor(productLineId: string, availability: Exclude<ProductLineAvailability, 'active'>) {
    super(
      availability === 'archived' ? 'product_line.archived' : 'product_line.unknown',
      availability === 'archived'
        ? `product line ${productLineId} is archived and takes no products`
        : `product line ${productLineId} does not exist`,
      'rule-broken',
      { productLineId },
    );
  }
}

export class InvalidVersionNumber extends DomainError {
  constructor(version: string) {
    super('version.invalid', `${version} is not a semantic version (for example 1.4.0)`, 'rule-broken', {
      version,
    });
  }
}

export class VersionAlreadyUsed extends DomainError {
  constructor(productId: string, version: string) {
    super(
      'version.already_used',
      `version ${version} of product ${productId} was already planned`,
      'rule-broken',
      {
        productId,
        version,
      },
    );
  }
}

export class VersionNotPlanned extends DomainError {
  constructor(productId: string, version: string) {
    super(
      'version.not_planned',
      `version ${version} of product ${productId} was never planned; only a planned version can be released`,
      'rule-broken',
      { productId, version },
    );
  }
}

export class VersionAlreadyReleased extends DomainError {
  constructor(productId: string, version: string) {
    super(
      'version.already_released',
      `version ${version} of product ${productId} is already released`,
      'rule-broken',
      {
        productId,
        version,
      },
    );
  }
}

export class StakeholderAlreadyAdded extends DomainError {
  constructor(productId: string, personId: string, role: string) {
    super(
      'stakeholder.already_added',
      `${personId} is already a ${role} stakeholder of product ${productId}`,
      'rule-broken',
      { productId, personId, role },
    );
  }
}

/** Codes are unique across the catalogue, retired products included (a code is never reused). */
export class ProductCodeTaken extends DomainError {
  constructor(code: string) {
    super('product.code_taken', `product code ${code} is already registered`, 'conflict', { code });
  }
}
