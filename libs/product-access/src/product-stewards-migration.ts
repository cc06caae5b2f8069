import { sqlMigration, type ServiceMigrationClass } from '@product-ledger/nest-event-sourcing';

/**
 * The tables of the local stewards read model, for a service that decides the ownership rule from the
 * catalogue's events: who owns each product, its stakeholders, its line, and who owns each line.
 * `timestamp` places the migration among the service's own (13-digit JavaScript timestamp).
 */
export function productStewardsMigration(timestamp: number): ServiceMigrationClass {
  return sqlMigration({
    name: 'ProductStewards',
    timestamp,
    up: `
      CREATE TABLE product_stewards (
        product_id uuid PRIMARY KEY,
        owner_id text NOT NULL,
        product_line_id uuid NOT NULL,
        -- [{ "personId": "...", "role": "..." }], as the catalogue's stakeholder events leave them
        stakeholders jsonb NOT NULL DEFAULT '[]'::jsonb,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX product_stewards_owner ON product_stewards (owner_id);
      CREATE INDEX product_stewards_line ON product_stewards (product_line_id);
      CREATE INDEX product_stewards_stakeholders ON product_stewards USING gin (stakeholders jsonb_path_ops);
      CREATE TABLE product_line_stewards (
        product_line_id uuid PRIMARY KEY,
        owner_id text,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX product_line_stewards_owner ON product_line_stewards (owner_id);
    `,
    down: 'DROP TABLE product_line_stewards; DROP TABLE product_stewards;',
  });
}
