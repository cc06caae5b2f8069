import { createHash } from 'node:crypto';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** How a migration applied by the runner this project had before TypeORM is recognised (upgrade in place). */
export interface LegacyRecord {
  /** The old runner's tracking table (`version integer PRIMARY KEY, name text`). */
  readonly table: string;
  readonly version: number;
}

/** One step of a service's schema: a TypeORM migration whose SQL text is known, so it has a checksum. */
export interface ServiceMigration extends MigrationInterface {
  /** `<Name><13-digit timestamp>`: TypeORM orders by the timestamp and records the name. */
  readonly name: string;
  /** sha256 of the `up` SQL: an applied migration whose text changed is refused. */
  readonly checksum: string;
  readonly legacy?: LegacyRecord;
}

export type ServiceMigrationClass = new () => ServiceMigration;

export interface SqlMigrationDefinition {
  /** A name in PascalCase, e.g. `CatalogueReadModelProductsAndLines`. */
  readonly name: string;
  /** A JavaScript timestamp (13 digits): the order among all of the service's migrations. */
  readonly timestamp: number;
  readonly up: string;
  /** What `migration:revert` runs; a migration without it cannot be reverted (restore a backup instead). */
  readonly down?: string;
  readonly legacy?: LegacyRecord;
}

export class IrreversibleMigrationError extends Error {
  override readonly name = 'IrreversibleMigrationError';
}

export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

/** A TypeORM migration class for plain SQL (the multi-statement text runs as one simple query). */
export function sqlMigration(definition: SqlMigrationDefinition): ServiceMigrationClass {
  if (!/^\d{13}$/.test(String(definition.timestamp)))
    throw new Error(`migration ${definition.name}: the timestamp must be a 13-digit JavaScript timestamp`);
  const name = `${definition.name}${definition.timestamp}`;
  const checksum = checksumOf(definition.up);
  return class implements ServiceMigration {
    readonly name = name;
    readonly checksum = checksum;
    readonly legacy = definition.legacy;

    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(definition.up);
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      if (definition.down === undefined)
        throw new IrreversibleMigrationError(`${name} has no down step: it cannot be reverted (restore a backup)`);
      await queryRunner.query(definition.down);
    }
  };
}

/** What the old runner's lists held: `{ version, name, sql }`. */
export interface VersionedSql {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  readonly down?: string;
}

/**
 * A list the old runner tracked in `legacyTable` as TypeORM migrations: version n gets the timestamp
 * `base + n` and the name `<prefix><PascalCase name>`, and is recognised as applied where the old table says so.
 */
export function versionedSqlMigrations(
  prefix: string,
  base: number,
  legacyTable: string | undefined,
  list: readonly VersionedSql[],
): ServiceMigrationClass[] {
  return list.map((migration) =>
    sqlMigration({
      name: `${prefix}${pascalCase(migration.name)}`,
      timestamp: base + migration.version,
      up: migration.sql,
      down: migration.down,
      legacy: legacyTable === undefined ? undefined : { table: legacyTable, version: migration.version },
    }),
  );
}

function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}
