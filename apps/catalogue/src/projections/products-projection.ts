import type { PoolClient } from 'pg';
import type { ProductEvent } from '../domain/product/product-events';
import type { ProjectedEvent } from './projected-event';

/**
 * Keeps `products`, `product_versions` and `product_stakeholders` in step with `catalogue.product.v1`.
 * The product row's `version` is the guard: an event at or below it was applied already (a replay over
 * existing rows), so neither the row nor its child tables are touched again.
 */
export async function projectProductEvent(
  client: PoolClient,
  event: ProjectedEvent<ProductEvent>,
): Promise<void> {
  const at = event.occurredAt;
  const v = event.streamVersion;
  if (event.type === 'ProductRegistered') {
    const d = event.data;
    await client.query(
      `INSERT INTO products (product_id, code, name, description, product_line_id, kind, market, owner_id,
         initial_stage, status, registered_at, updated_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'active', $10, $10, $11) ON CONFLICT (product_id) DO NOTHING`,
      [
        d.productId,
        d.code,
        d.name,
        d.description,
        d.productLineId,
        d.kind,
        d.market,
        d.ownerId,
        d.initialStage ?? null,
        at,
        v,
      ],
    );
    return;
  }
  const productId = event.data.productId;
  const fresh = await client.query(
    `UPDATE products SET version = $2, updated_at = $3 WHERE product_id = $1 AND version < $2`,
    [productId, v, at],
  );
  if (fresh.rowCount !== 1) return;
  switch (event.type) {
    case 'ProductRenamed':
      return set(client, productId, 'name = $2', [event.data.name]);
    case 'ProductDescribed':
      return set(client, productId, 'description = $2', [event.data.description]);
    case 'ProductMovedToLine':
      return set(client, productId, 'product_line_id = $2', [event.data.productLineId]);
    case 'ProductOwnerAssigned':
      return set(client, productId, 'owner_id = $2', [event.data.ownerId]);
    case 'ProductRetired':
      return set(client, productId, `status = 'retired', retirement_reason = $2, retired_at = $3`, [
        event.data.reason,
        at,
      ]);
    case 'StakeholderAdded':
      await client.query(
        `INSERT INTO product_stakeholders (product_id, person_id, role, added_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING`,
        [productId, event.data.personId, event.data.role, at],
      );
      return;
    case 'StakeholderRemoved':
      await client.query(
        `DELETE FROM product_stakeholders WHERE product_id = $1 AND person_id = $2 AND role = $3`,
        [productId, event.data.personId, event.data.role],
      );
      return;
    case 'VersionPlanned':
      await client.query(
        `INSERT INTO product_versions (product_id, version, target_date, scope, status, planned_at)
         VALUES ($1, $2, $3, $4, 'planned', $5) ON CONFLICT DO NOTHING`,
        [productId, event.data.version, event.data.targetDate, event.data.scope, at],
      );
      return;
    case 'VersionReleased':
      await client.query(
        `UPDATE product_versions SET status = 'released', released_at = $3 WHERE product_id = $1 AND version = $2`,
        [productId, event.data.version, event.data.releasedAt],
      );
      return;
  }
}

async function set(
  client: PoolClient,
  productId: string,
  assignments: string,
  values: unknown[],
): Promise<void> {
  await client.query(`UPDATE products SET ${assignments} WHERE product_id = $1`, [productId, ...values]);
}
