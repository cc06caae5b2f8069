import { DomainError } from '@product-ledger/domain';
import type { RequestStatus } from '@product-ledger/contracts';
import type { ProductAvailability } from './product-availability';

export class RequestAlreadySubmitted extends DomainError {
  constructor(requestId: string) {
    super('request.already_submitted', `request ${requestId} was already submitted`, 'conflict', {
      requestId,
    });
  }
}

/** Merged, delivered and closed requests take no more changes. */
export class RequestClosedError extends DomainError {
  constructor(requestId: string, status: RequestStatus) {
    super('request.closed', `request ${requestId} is ${status} and takes no more changes`, 'rule-broken', {
      requestId,
      status,
    });
  }
}

/** A request can only name a product the catalogue registered and has not retired or withdrawn. */
export class ProductNotAvailable extends DomainError {
  constructor(productId: string, availability: Exclude<ProductAvailability, 'active'>) {
    super(
      `product.${availability}`,
      availability === 'unknown'
        ? `product ${productId} is not in the catalogue`
        : `product ${productId} is ${availability} and takes no requests`,
      'rule-broken',
      { productId },
    );
  }
}

/** Once accepted for a version of a product, the request stays with that product (decide again first). */
export class ProductLockedByPlan extends DomainError {
  constructor(requestId: string, productId: string, plannedVersion: string) {
    super(
      'request.product_locked_by_plan',
      `request ${requestId} is accepted for version ${plannedVersion} of product ${productId}; it cannot move to another product`,
      'rule-broken',
      { requestId, productId, plannedVersion },
    );
  }
}

export class MergeIntoItself extends DomainError {
  constructor(requestId: string) {
    super('request.merge_into_itself', `request ${requestId} cannot be merged into itself`, 'rule-broken', {
      requestId,
    });
  }
}

export class MergeTargetUnknown extends DomainError {
  constructor(intoRequestId: string) {
    super('request.merge_target_unknown', `request ${intoRequestId} does not exist`, 'rule-broken', {
      intoRequestId,
    });
  }
}

export class MergeIntoClosed extends DomainError {
  constructor(intoRequestId: string, status: RequestStatus) {
    super(
      'request.merge_into_closed',
      `request ${intoRequestId} is ${status}; a duplicate can only be merged into a request that is still open to change`,
      'rule-broken',
      { intoRequestId, status },
    );
  }
}

/** A duplicate asks for the same thing of the same product; requests about two products are not duplicates. */
export class MergeAcrossProducts extends DomainError {
  constructor(requestId: string, productId: string, intoRequestId: string, intoProductId: string) {
    super(
      'request.merge_across_products',
      `request ${requestId} is about product ${productId}, request ${intoRequestId} about product ${intoProductId}`,
      'rule-broken',
      { requestId, productId, intoRequestId, intoProductId },
    );
  }
}

export class ProductRequiredToAccept extends DomainError {
  constructor(requestId: string) {
    super(
      'request.product_required',
      `request ${requestId} is not linked to a product; link it before accepting it for a version`,
      'rule-broken',
      { requestId },
    );
  }
}

export class InvalidPlannedVersion extends DomainError {
  constructor(version: string) {
    super(
      'request.invalid_version',
      `${version} is not a semantic version (for example 2.1.0)`,
      'rule-broken',
      { version },
    );
  }
}

export class PlannedVersionAlreadyReleased extends DomainError {
  constructor(productId: string, version: string) {
    super(
      'request.version_already_released',
      `version ${version} of product ${productId} is already released; plan the request for a later version`,
      'rule-broken',
      { productId, version },
    );
  }
}

/** A RHiNO (docs/domain.md): saying yes to one big customer needs a written reason. */
export class RhinoRationaleRequired extends DomainError {
  constructor(requestId: string) {
    super(
      'request.rhino_rationale_required',
      `request ${requestId} is a RHiNO (one account, a deal above the threshold); accepting it needs a rationale`,
      'rule-broken',
      { requestId },
    );
  }
}

export class DeferralNotInFuture extends DomainError {
  constructor(until: string, today: string) {
    super(
      'request.defer_until_not_future',
      `a request is deferred until a later day than ${today}, not ${until}`,
      'rule-broken',
      {
        until,
        today,
      },
    );
  }
}

export class EmptyDecisionText extends DomainError {
  constructor(field: 'reason' | 'rationale') {
    super(`request.${field}_required`, `the decision needs a ${field}`, 'rule-broken', { field });
  }
}
