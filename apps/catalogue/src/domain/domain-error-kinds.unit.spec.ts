import { NotFoundError, type DomainError } from '@product-ledger/domain';
import {
  ProductLineAlreadyExists,
  ProductLineArchivedError,
  ProductLineHasActiveProducts,
} from './product-line/product-line-errors';
import {
  InvalidVersionNumber,
  ProductAlreadyRegistered,
  ProductCodeTaken,
  ProductLineNotAvailable,
  ProductRetiredError,
  StakeholderAlreadyAdded,
  VersionAlreadyReleased,
  VersionAlreadyUsed,
  VersionNotPlanned,
} from './product/product-errors';

// The kind decides the HTTP status at the edge (conflict 409, rule-broken 422, not-found 404).
describe('catalogue rule errors', () => {
  it.each<[DomainError, string, DomainError['kind']]>([
    [new ProductLineAlreadyExists('l'), 'product_line.already_exists', 'conflict'],
    [new ProductLineArchivedError('l'), 'product_line.archived', 'rule-broken'],
    [new ProductLineHasActiveProducts('l', 1), 'product_line.has_active_products', 'rule-broken'],
    [new ProductAlreadyRegistered('p'), 'product.already_registered', 'conflict'],
    [new ProductCodeTaken('CRM'), 'product.code_taken', 'conflict'],
    [new ProductRetiredError('p'), 'product.retired', 'rule-broken'],
    [new ProductLineNotAvailable('l', 'archived'), 'product_line.archived', 'rule-broken'],
    [new ProductLineNotAvailable('l', 'unknown'), 'product_line.unknown', 'rule-broken'],
    [new InvalidVersionNumber('1'), 'version.invalid', 'rule-broken'],
    [new VersionAlreadyUsed('p', '1.0.0'), 'version.already_used', 'rule-broken'],
    [new VersionNotPlanned('p', '1.0.0'), 'version.not_planned', 'rule-broken'],
    [new VersionAlreadyReleased('p', '1.0.0'), 'version.already_released', 'rule-broken'],
    [new StakeholderAlreadyAdded('p', 'bob', 'sales'), 'stakeholder.already_added', 'rule-broken'],
    [new NotFoundError('product', 'p'), 'product.not_found', 'not-found'],
  ])('%s', (error, code, kind) => {
    expect(error).toMatchObject({ code, kind });
  });
});
