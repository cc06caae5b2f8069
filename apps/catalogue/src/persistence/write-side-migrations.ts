import type { VersionedSql } from '@product-ledger/nest-event-sourcing';

/**
 * Write-side guards: tables kept in the same transaction as the events they guard. They are part of the
 * write model (never rebuilt from Kafka), tracked in `catalogue_write_side_migrations`.
 *
 * - `product_code_reservations`: one row per registered code. Its primary key is what keeps codes unique
 *   under concurrent registrations: the second insert finds the first and the second registration's
 *   events roll back with it.
 * - `product_line_occupancy`: one row per product line: archived or not, and how many products that are
 *   not retired it holds. Registering, moving and retiring lock the rows they touch, so "archive only a
 *   line without active products" and "no product enters an archived line" hold under concurrency.
 */
export const writeSideMigrations: readonly VersionedSql[] = [
  {
    version: 1,
    name: 'code_reservations_and_line_occupancy',
    sql: `
      CREATE TABLE product_code_reservations (
        code text PRIMARY KEY,
        product_id uuid NOT NULL UNIQUE,
        reserved_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE product_line_occupancy (
        product_line_id uuid PRIMARY KEY,
        archived boolean NOT NULL DEFAULT false,
        active_products integer NOT NULL DEFAULT 0 CHECK (active_products >= 0)
      );
    `,
  },
];
