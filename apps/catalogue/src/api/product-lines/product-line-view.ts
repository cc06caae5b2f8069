import type { ProductLineState } from '../../domain/product-line/product-line-state';
import type { ProductLineView } from './product-line.views';

export function toProductLineView(
  line: Extract<ProductLineState, { exists: true }>,
  revision: number,
): ProductLineView {
  return {
    productLineId: line.productLineId,
    name: line.name,
    description: line.description,
    status: line.status,
    ...(line.ownerId === undefined ? {} : { ownerId: line.ownerId }),
    revision,
  };
}
