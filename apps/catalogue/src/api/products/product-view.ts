import type { RegisteredProduct } from '../../domain/product/product-state';
import type { ProductView } from './product.views';

/** The HTTP shape of a product as its stream knows it (GET /products/{id} and every write's answer). */
export function toProductView(product: RegisteredProduct, revision: number, lineName?: string): ProductView {
  return {
    productId: product.productId,
    code: product.code,
    name: product.name,
    description: product.description,
    productLine: {
      productLineId: product.productLineId,
      ...(lineName === undefined ? {} : { name: lineName }),
    },
    kind: product.kind,
    market: product.market,
    ownerId: product.ownerId,
    ...(product.initialStage ? { initialStage: product.initialStage } : {}),
    status: product.status,
    ...(product.retirementReason ? { retirementReason: product.retirementReason } : {}),
    stakeholders: product.stakeholders.map(({ personId, role }) => ({ personId, role })),
    versions: product.versions.map((v) => ({
      version: v.version,
      targetDate: v.targetDate,
      scope: v.scope,
      status: v.status,
      ...(v.status === 'released' ? { releasedAt: v.releasedAt } : {}),
    })),
    revision,
  };
}
