import type { VersionedSql } from '@product-ledger/nest-event-sourcing';

/**
 * Tables the write side decides with, tracked in `requests_write_side_migrations`. They are not rebuilt
 * from Kafka with a projection: the request index is written in the same transaction as the events it
 * follows, and the product tables by the consumers whose policies act on them.
 *
 * - `known_products`: the catalogue's products as far as requests need them (local read model built from
 *   `catalogue.product.v1`, and `withdrawn` from `lifecycle.lifecycle.v1`). Its row lock orders product
 *   checks against the policies: a command that checks a product holds the row `FOR SHARE` until it
 *   commits; a release or a withdrawal updates the row first, so it waits for that command and then sees
 *   its request (or the command waits and then sees the release or withdrawal).
 * - `known_product_releases`: released versions per product, by version without build metadata.
 * - `request_index`: product, status and planned version of every request, current with its stream;
 *   the delivery and closing policies find their requests here.
 */
export const writeSideMigrations: readonly VersionedSql[] = [
  {
    version: 1,
    name: 'known_products_and_request_index',
    sql: `
      CREATE TABLE known_products (
        product_id uuid PRIMARY KEY,
        code text,
        name text,
        status text NOT NULL CHECK (status IN ('active', 'retired', 'withdrawn')),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE known_product_releases (
        product_id uuid NOT NULL,
        version text NOT NULL,
        released_at timestamptz NOT NULL,
        PRIMARY KEY (product_id, version)
      );
      CREATE TABLE request_index (
        request_id uuid PRIMARY KEY,
        product_id uuid,
        status text NOT NULL,
        planned_version text
      );
      CREATE INDEX request_index_by_product ON request_index (product_id, status);
    `,
  },
];
