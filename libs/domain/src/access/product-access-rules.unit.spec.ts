import {
  assertMayChangeProduct,
  assertMayChangeProductLine,
  assertMayDecideGate,
  NotProductLineOwner,
  NotProductOwner,
  OwnGateDecision,
} from './product-access-rules';
import type { ProductStewards } from './product-stewards';

const stewards: ProductStewards = {
  productId: 'p1',
  ownerId: 'olivia',
  productManagers: ['pat'],
  lineOwnerId: 'lena',
};
const pm = (subject: string) => ({ subject, roles: ['product_manager'] });

describe('the ownership rule', () => {
  it.each(['olivia', 'pat', 'lena'])(
    'lets %s, a steward with the product_manager role, change the product',
    (subject) => {
      expect(() => assertMayChangeProduct(pm(subject), stewards)).not.toThrow();
    },
  );

  it('refuses another product manager with not-product-owner, naming the product', () => {
    expect(() => assertMayChangeProduct(pm('bob'), stewards)).toThrow(NotProductOwner);
    try {
      assertMayChangeProduct(pm('bob'), stewards);
    } catch (error) {
      expect(error).toMatchObject({
        code: 'not-product-owner',
        kind: 'forbidden',
        details: { productId: 'p1' },
      });
    }
  });

  it('lets admin change any product, and refuses a steward without the product_manager role', () => {
    expect(() => assertMayChangeProduct({ subject: 'root', roles: ['admin'] }, stewards)).not.toThrow();
    expect(() => assertMayChangeProduct({ subject: 'olivia', roles: ['viewer'] }, stewards)).toThrow(
      NotProductOwner,
    );
  });

  it('does not count a line owner where the line has none', () => {
    expect(() => assertMayChangeProduct(pm('lena'), { ...stewards, lineOwnerId: undefined })).toThrow(
      NotProductOwner,
    );
  });

  it('lets a gatekeeper decide any gate except that of a product they are a steward of', () => {
    expect(() => assertMayDecideGate({ subject: 'gus', roles: ['gatekeeper'] }, stewards)).not.toThrow();
    for (const steward of ['olivia', 'pat', 'lena'])
      expect(() => assertMayDecideGate({ subject: steward, roles: ['gatekeeper'] }, stewards)).toThrow(
        OwnGateDecision,
      );
    expect(() => assertMayDecideGate({ subject: 'olivia', roles: ['admin'] }, stewards)).toThrow(
      OwnGateDecision,
    );
  });

  it('lets only the line owner (or admin) change a line', () => {
    expect(() => assertMayChangeProductLine(pm('lena'), 'l1', 'lena')).not.toThrow();
    expect(() =>
      assertMayChangeProductLine({ subject: 'root', roles: ['admin'] }, 'l1', undefined),
    ).not.toThrow();
    expect(() => assertMayChangeProductLine(pm('olivia'), 'l1', 'lena')).toThrow(NotProductLineOwner);
    expect(() => assertMayChangeProductLine(pm('olivia'), 'l1', undefined)).toThrow(NotProductLineOwner);
  });
});
