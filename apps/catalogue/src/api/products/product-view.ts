import type { RegisteredProduct } from '../../domain/product/product-state';
import type { ProductRow } from '../../projections/product-queries';
import type { ProductVersionView, ProductView } from './product.views';

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

/** The HTTP shape of a product as the read model lists it (GET /products). */
export function rowToView(row: ProductRow): ProductView {
  return {
    productId: row.productId,
    code: row.code,
    name: row.name,
    description: row.description,
    productLine: {
      productLineId: row.productLineId,
      ...(row.productLineName === null ? {} : { name: row.productLineName }),
    },
    kind: row.kind as ProductView['kind'],
    market: row.market as ProductView['market'],
    ownerId: row.ownerId,
    ...(row.initialStage ? { initialStage: row.initialStage as ProductView['initialStage'] } : {}),
    status: row.status,
    ...(row.retirementReason ? { retirementReason: row.retirementReason } : {}),
    stakeholders: row.stakeholders as ProductView['stakeholders'],
    versions: row.versions.map(
      (v): ProductVersionView => ({
        version: v.version,
        targetDate: v.targetDate,
        scope: v.scope,
        status: v.status as ProductVersionView['status'],
        ...(v.releasedAt ? { releasedAt: new Date(v.releasedAt).toISOString() } : {}),
      }),
    ),
    revision: row.revision,
  };
}
