import {
  ProductLineCreatedV1,
  ProductLineOwnerAssignedV1,
  ProductMovedToLineV1,
  ProductOwnerAssignedV1,
  ProductRegisteredV1,
  StakeholderAddedV1,
  StakeholderRemovedV1,
  type EventOf,
} from '@product-ledger/contracts';
import type { ConsumedEvent } from '@product-ledger/event-store';
import { defineProjection, eventsOf, type ProjectionDefinition } from '@product-ledger/nest-event-sourcing';
import type { PoolClient } from 'pg';

/** The catalogue's product events the stewards tables follow (on the product topic). */
export const stewardsProductContracts = [
  ProductRegisteredV1,
  ProductOwnerAssignedV1,
  ProductMovedToLineV1,
  StakeholderAddedV1,
  StakeholderRemovedV1,
] as const;
/** The catalogue's product-line events the stewards tables follow (on the product-line topic). */
export const stewardsLineContracts = [ProductLineCreatedV1, ProductLineOwnerAssignedV1] as const;
const stewardsContracts = [...stewardsProductContracts, ...stewardsLineContracts] as const;

export type StewardsEvent = EventOf<typeof stewardsContracts>;

const isStewardsEvent = eventsOf('product-stewards', stewardsContracts);

export interface StewardsTopics {
  /** Consumer group of the projection, e.g. `lifecycle.product-stewards`. */
  readonly groupId: string;
  readonly productTopic: string;
  readonly productLineTopic: string;
}

/**
 * The local stewards read model, fed by the catalogue's product and product-line events (owner,
 * stakeholders, line moves, line owners). Lines and products are on two topics, so the two tables never
 * depend on each other's order; each statement is idempotent, so a replay leaves the same rows.
 */
export function productStewardsProjection(topics: StewardsTopics): ProjectionDefinition {
  return defineProjection({
    name: 'product-stewards',
    groupId: topics.groupId,
    topics: [topics.productTopic, topics.productLineTopic],
    contracts: stewardsContracts,
    async reset(client) {
      await client.query('TRUNCATE product_stewards, product_line_stewards');
    },
    handle: (event, client) => applyStewardsEvent(client, event),
  });
}

/**
 * One catalogue event on the stewards tables, in the caller's transaction; other events change nothing.
 * A consumer that calls it lists `stewardsProductContracts` among its contracts (so the runner validated
 * the event against them before).
 */
export async function applyStewardsEvent(client: PoolClient, consumed: ConsumedEvent): Promise<void> {
  if (!isStewardsEvent(consumed)) return;
  const event: StewardsEvent = consumed;
  switch (event.type) {
    case 'ProductRegistered':
      await client.query(
        `INSERT INTO product_stewards (product_id, owner_id, product_line_id) VALUES ($1, $2, $3)
         ON CONFLICT (product_id) DO NOTHING`,
        [event.data.productId, event.data.ownerId, event.data.productLineId],
      );
      return;
    case 'ProductOwnerAssigned':
      await client.query(
        'UPDATE product_stewards SET owner_id = $2, updated_at = now() WHERE product_id = $1',
        [event.data.productId, event.data.ownerId],
      );
      return;
    case 'ProductMovedToLine':
      await client.query(
        'UPDATE product_stewards SET product_line_id = $2, updated_at = now() WHERE product_id = $1',
        [event.data.productId, event.data.productLineId],
      );
      return;
    case 'StakeholderAdded':
      await client.query(
        `UPDATE product_stewards SET stakeholders = stakeholders || jsonb_build_array(jsonb_build_object('personId', $2::text, 'role', $3::text)),
                updated_at = now()
          WHERE product_id = $1 AND NOT stakeholders @> jsonb_build_array(jsonb_build_object('personId', $2::text, 'role', $3::text))`,
        [event.data.productId, event.data.personId, event.data.role],
      );
      return;
    case 'StakeholderRemoved':
      await client.query(
        `UPDATE product_stewards
            SET stakeholders = COALESCE((SELECT jsonb_agg(s) FROM jsonb_array_elements(stakeholders) s
                                          WHERE NOT (s->>'personId' = $2 AND s->>'role' = $3)), '[]'::jsonb),
                updated_at = now()
          WHERE product_id = $1`,
        [event.data.productId, event.data.personId, event.data.role],
      );
      return;
    case 'ProductLineCreated':
      await client.query(
        `INSERT INTO product_line_stewards (product_line_id, owner_id) VALUES ($1, $2)
         ON CONFLICT (product_line_id) DO NOTHING`,
        [event.data.productLineId, event.data.ownerId ?? null],
      );
      return;
    case 'ProductLineOwnerAssigned':
      await client.query(
        `INSERT INTO product_line_stewards (product_line_id, owner_id) VALUES ($1, $2)
         ON CONFLICT (product_line_id) DO UPDATE SET owner_id = EXCLUDED.owner_id, updated_at = now()`,
        [event.data.productLineId, event.data.ownerId],
      );
      return;
  }
}
