import { DomainError } from '../domain-error';
import type { ProductStewards, Requester } from './product-stewards';

/** A product manager who is none of the product's stewards asked to change it. */
export class NotProductOwner extends DomainError {
  constructor(requester: Requester, productId: string) {
    super(
      'not-product-owner',
      `${requester.subject} may not change product ${productId}: a product manager changes a product only as its ` +
        "owner, one of its product_management stakeholders or its line's owner",
      'forbidden',
      { productId, subject: requester.subject },
    );
  }
}

/** A gatekeeper who is one of the product's stewards asked to decide its gate (no marking your own homework). */
export class OwnGateDecision extends DomainError {
  constructor(requester: Requester, productId: string) {
    super(
      'own-gate-decision',
      `${requester.subject} answers for product ${productId} (owner, product_management stakeholder or line owner) ` +
        'and so may not decide its gate: another gatekeeper decides',
      'forbidden',
      { productId, subject: requester.subject },
    );
  }
}

/** A product manager asked to change a line that another person owns. */
export class NotProductLineOwner extends DomainError {
  constructor(requester: Requester, productLineId: string) {
    super(
      'not-product-line-owner',
      `${requester.subject} may not change product line ${productLineId}: a product manager changes a line only as its owner`,
      'forbidden',
      { productLineId, subject: requester.subject },
    );
  }
}

/** True when `subject` is one of the product's stewards (owner, product_management stakeholder, line owner). */
export function isStewardOf(subject: string, stewards: ProductStewards): boolean {
  return (
    stewards.ownerId === subject ||
    stewards.productManagers.includes(subject) ||
    stewards.lineOwnerId === subject
  );
}

/**
 * The ownership rule for changes to a product: `admin` may change anything; a `product_manager` only a
 * product of which they are a steward. (Which roles reach a write at all is each route's `@Roles`.)
 */
export function assertMayChangeProduct(requester: Requester, stewards: ProductStewards): void {
  if (requester.roles.includes('admin')) return;
  if (requester.roles.includes('product_manager') && isStewardOf(requester.subject, stewards)) return;
  throw new NotProductOwner(requester, stewards.productId);
}

/** Gatekeepers (and admin) decide any gate, but not the gate of a product they are a steward of. */
export function assertMayDecideGate(requester: Requester, stewards: ProductStewards): void {
  if (isStewardOf(requester.subject, stewards)) throw new OwnGateDecision(requester, stewards.productId);
}

/** `admin` may change any line; a `product_manager` a line they own. */
export function assertMayChangeProductLine(
  requester: Requester,
  productLineId: string,
  lineOwnerId: string | undefined,
): void {
  if (requester.roles.includes('admin')) return;
  if (requester.roles.includes('product_manager') && lineOwnerId === requester.subject) return;
  throw new NotProductLineOwner(requester, productLineId);
}
