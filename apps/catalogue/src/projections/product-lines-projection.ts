import type { PoolClient } from 'pg';
import type { ProductLineEvent } from '../domain/product-line/product-line-events';
import type { ProjectedEvent } from './projected-event';

/**
 * Keeps `product_lines` in step with `catalogue.product-line.v1`. Each update only applies an event newer
 * than the row's `version`, so replaying a topic over existing rows changes nothing.
 */
export async function projectProductLineEvent(
  client: PoolClient,
  event: ProjectedEvent<ProductLineEvent>,
): Promise<void> {
  const at = event.occurredAt;
  const v = event.streamVersion;
  switch (event.type) {
    case 'ProductLineCreated':
      await client.query(
        `INSERT INTO product_lines (product_line_id, name, description, status, owner_id, created_at, updated_at, version)
         VALUES ($1, $2, $3, 'active', $6, $4, $4, $5) ON CONFLICT (product_line_id) DO NOTHING`,
        [
          event.data.productLineId,
          event.data.name,
          event.data.description,
          at,
          v,
          event.data.ownerId ?? null,
        ],
      );
      return;
    case 'ProductLineRenamed':
      return update(client, event.data.productLineId, v, at, 'name = $4', [event.data.name]);
    case 'ProductLineDescribed':
      return update(client, event.data.productLineId, v, at, 'description = $4', [event.data.description]);
    case 'ProductLineArchived':
      return update(client, event.data.productLineId, v, at, `status = 'archived', archived_at = $3`, []);
    case 'ProductLineOwnerAssigned':
      return update(client, event.data.productLineId, v, at, 'owner_id = $4', [event.data.ownerId]);
  }
}

async function update(
  client: PoolClient,
  productLineId: string,
  version: number,
  at: Date,
  assignments: string,
  values: unknown[],
): Promise<void> {
  await client.query(
    `UPDATE product_lines SET ${assignments}, updated_at = $3, version = $2
      WHERE product_line_id = $1 AND version < $2`,
    [productLineId, version, at, ...values],
  );
}
