import type { ProductStewards } from '@product-ledger/domain';
import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { STEWARDS_SOURCE, type StewardsSource } from './stewards-source';

/** A product's stewards from the local stewards read model (fed by the catalogue's events). */
export class ReadModelStewards implements StewardsSource {
  constructor(private readonly db: DataSource) {}

  async stewardsOf(productId: string): Promise<ProductStewards | undefined> {
    const row = await this.db
      .createQueryBuilder()
      .from('product_stewards', 's')
      .leftJoin('product_line_stewards', 'l', 'l.product_line_id = s.product_line_id')
      .select('s.owner_id', 'ownerId')
      .addSelect('l.owner_id', 'lineOwnerId')
      .addSelect(
        `COALESCE((SELECT jsonb_agg(m->>'personId') FROM jsonb_array_elements(s.stakeholders) m
                    WHERE m->>'role' = 'product_management'), '[]'::jsonb)`,
        'productManagers',
      )
      .where('s.product_id = :productId', { productId })
      .getRawOne<{ ownerId: string; lineOwnerId: string | null; productManagers: string[] }>();
    if (!row) return undefined;
    return {
      productId,
      ownerId: row.ownerId,
      productManagers: row.productManagers,
      ...(row.lineOwnerId === null ? {} : { lineOwnerId: row.lineOwnerId }),
    };
  }
}

/** The stewards source of a service that keeps the stewards read model (lifecycle, requests). */
export const readModelStewardsProvider: Provider = {
  provide: STEWARDS_SOURCE,
  useFactory: (db: DataSource) => new ReadModelStewards(db),
  inject: [DataSource],
};

/**
 * SQL condition true for the products `person` owns or is a stakeholder of, in any role. `productId` is the
 * column holding the product id; `person` the parameter (`:mine` for a query builder, `$8` for pg).
 */
export function stewardedProducts(productId: string, person = ':mine'): string {
  return `${productId} IN (SELECT ms.product_id FROM product_stewards ms
                            WHERE ms.owner_id = CAST(${person} AS text)
                               OR ms.stakeholders @> jsonb_build_array(jsonb_build_object('personId', CAST(${person} AS text))))`;
}
