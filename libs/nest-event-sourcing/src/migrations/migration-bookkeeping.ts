import { Migration, MigrationExecutor, type DataSource, type QueryRunner } from 'typeorm';
import type { ServiceMigration } from './sql-migration';

/** An applied migration whose text is no longer what was applied: refused, never re-run or ignored. */
export class ChangedMigrationError extends Error {
  override readonly name = 'ChangedMigrationError';
}

/**
 * TypeORM's executor with the two steps this project adds around it: recognising migrations the runner
 * before TypeORM applied (so an existing database upgrades in place), and a checksum per applied migration
 * in `migration_checksums` (TypeORM records names only).
 */
export class MigrationBookkeeping extends MigrationExecutor {
  private readonly checksumsTable: string;
  private readonly appliedTable: string;

  constructor(
    dataSource: DataSource,
    queryRunner: QueryRunner,
    private readonly schema: string,
  ) {
    super(dataSource, queryRunner);
    this.checksumsTable = `${quote(schema)}.migration_checksums`;
    this.appliedTable = `${quote(schema)}.${quote(dataSource.options.migrationsTableName ?? 'migrations')}`;
  }

  /** The service's migrations as the code has them, in TypeORM's order. */
  private serviceMigrations(): ServiceMigration[] {
    return this.getMigrations().map((migration) => migration.instance as ServiceMigration);
  }

  /** Marks as applied what the old runner's tracking tables say was applied; returns their names. */
  async adoptLegacyMigrations(queryRunner: QueryRunner): Promise<string[]> {
    await this.createMigrationsTableIfNotExist(queryRunner);
    const executed = new Set((await this.loadExecutedMigrations(queryRunner)).map((migration) => migration.name));
    const adopted: string[] = [];
    const legacyVersions = new Map<string, Set<number>>();
    for (const migration of this.getMigrations()) {
      const instance = migration.instance as ServiceMigration;
      if (!instance.legacy || executed.has(migration.name)) continue;
      let versions = legacyVersions.get(instance.legacy.table);
      if (!versions) {
        versions = await legacyVersionsIn(queryRunner, this.schema, instance.legacy.table);
        legacyVersions.set(instance.legacy.table, versions);
      }
      if (!versions.has(instance.legacy.version)) continue;
      await this.insertExecutedMigration(queryRunner, new Migration(undefined, migration.timestamp, migration.name, instance));
      adopted.push(migration.name);
    }
    return adopted;
  }

  /** Refuses to go on when an applied migration's text differs from the one recorded when it was applied. */
  async verifyChecksums(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS ${this.checksumsTable} (
         name text PRIMARY KEY,
         checksum text NOT NULL,
         recorded_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const recorded = new Map<string, string>(
      ((await queryRunner.query(`SELECT name, checksum FROM ${this.checksumsTable}`)) as { name: string; checksum: string }[]).map(
        (row) => [row.name, row.checksum],
      ),
    );
    const changed = this.serviceMigrations().filter(
      (migration) => recorded.has(migration.name) && recorded.get(migration.name) !== migration.checksum,
    );
    if (changed.length > 0) {
      throw new ChangedMigrationError(
        `applied migration${changed.length > 1 ? 's' : ''} ${changed.map((m) => m.name).join(', ')} ` +
          `changed after being applied (the checksum in ${this.checksumsTable} differs from the code): applied ` +
          'migrations are never edited; put the change in a new migration and restore the old text',
      );
    }
  }

  /** Records the checksum of every applied migration that has none yet (first run, adopted ones, the CLI). */
  async recordChecksums(queryRunner: QueryRunner): Promise<void> {
    const executed = new Set((await this.loadExecutedMigrations(queryRunner)).map((migration) => migration.name));
    for (const migration of this.serviceMigrations()) {
      if (!executed.has(migration.name)) continue;
      await queryRunner.query(
        `INSERT INTO ${this.checksumsTable} (name, checksum) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`,
        [migration.name, migration.checksum],
      );
    }
  }

  /** Drops the checksums of migrations that are no longer applied (after a revert). */
  async forgetRevertedChecksums(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM ${this.checksumsTable} c WHERE NOT EXISTS (SELECT 1 FROM ${this.appliedTable} m WHERE m.name = c.name)`,
    );
  }

  /** Each of the code's migrations, and whether it is applied. */
  async status(queryRunner: QueryRunner): Promise<{ name: string; applied: boolean }[]> {
    const executed = new Set((await this.loadExecutedMigrations(queryRunner)).map((migration) => migration.name));
    return this.getMigrations().map((migration) => ({ name: migration.name, applied: executed.has(migration.name) }));
  }
}

async function legacyVersionsIn(queryRunner: QueryRunner, schema: string, table: string): Promise<Set<number>> {
  // `table` may be schema-qualified already (the event store's is).
  const qualified = table.includes('.') ? table : `${quote(schema)}.${table}`;
  const [{ exists }] = (await queryRunner.query(`SELECT to_regclass($1) IS NOT NULL AS exists`, [qualified])) as {
    exists: boolean;
  }[];
  if (!exists) return new Set();
  const rows = (await queryRunner.query(`SELECT version FROM ${qualified}`)) as { version: number }[];
  return new Set(rows.map((row) => Number(row.version)));
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
