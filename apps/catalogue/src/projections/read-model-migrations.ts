import type { VersionedSql } from '@product-ledger/nest-event-sourcing';

/**
 * The catalogue's read models, fed by the `catalogue.read-model` projection from the catalogue topics and
 * rebuildable from them (tracked in `catalogue_read_model_migrations`). `version` on a row is the stream
 * version of the last event applied to it; timestamps are the events' times.
 *
 * - `product_lines`: one row per product line (status active | archived).
 * - `products`: one row per product, with its line, owner, kind, market, status and retirement reason.
 * - `product_versions`: one row per planned version of a product (status planned | released).
 * - `product_stakeholders`: one row per (product, person, role).
 */
export const readModelMigrations: readonly VersionedSql[] = [
  {
    version: 1,
    name: 'products_and_lines',
    sql: `
      CREATE TABLE product_lines (
        product_line_id uuid PRIMARY KEY,
        name text NOT NULL,
        description text NOT NULL,
        status text NOT NULL CHECK (status IN ('active', 'archived')),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        archived_at timestamptz,
        version integer NOT NULL
      );
      CREATE INDEX product_lines_by_name ON product_lines (name, product_line_id);

      CREATE TABLE products (
        product_id uuid PRIMARY KEY,
        code text NOT NULL,
        name text NOT NULL,
        description text NOT NULL,
        product_line_id uuid NOT NULL,
        kind text NOT NULL,
        market text NOT NULL,
        owner_id text NOT NULL,
        initial_stage text,
        status text NOT NULL CHECK (status IN ('active', 'retired')),
        retirement_reason text,
        registered_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        retired_at timestamptz,
        version integer NOT NULL
      );
      -- codes are unique on the write side (product_code_reservations); here they only sort and find
      CREATE INDEX products_by_code ON products (code, product_id);
      CREATE INDEX products_by_line ON products (product_line_id, code);
      CREATE INDEX products_by_owner ON products (owner_id, code);
      CREATE INDEX products_by_status ON products (status, code);

      CREATE TABLE product_versions (
        product_id uuid NOT NULL REFERENCES products (product_id) ON DELETE CASCADE,
        version text NOT NULL,
        target_date date NOT NULL,
        scope text NOT NULL,
        status text NOT NULL CHECK (status IN ('planned', 'released')),
        planned_at timestamptz NOT NULL,
        released_at timestamptz,
        PRIMARY KEY (product_id, version)
      );

      CREATE TABLE product_stakeholders (
        product_id uuid NOT NULL REFERENCES products (product_id) ON DELETE CASCADE,
        person_id text NOT NULL,
        role text NOT NULL,
        added_at timestamptz NOT NULL,
        PRIMARY KEY (product_id, person_id, role)
      );
    `,
  },
];
