import pg, { type Pool } from 'pg';
import { DataSource, type Migration, type QueryRunner } from 'typeorm';
import { MigrationBookkeeping } from './migration-bookkeeping';
import type { ServiceMigrationClass } from './sql-migration';

export interface ServiceDataSourceOptions {
  /** Names the advisory lock that keeps migrating instances apart. */
  readonly service: string;
  /** Every migration of the service, the event store's first (`eventStoreSchema()`). */
  readonly migrations: readonly ServiceMigrationClass[];
  /** The service's own pool: TypeORM then opens none of its own. Or `url` (migrate.js, the TypeORM CLI). */
  readonly pool?: Pool;
  readonly url?: string;
  /** PostgreSQL schema of the migrations table and the bookkeeping. Default 'public'. */
  readonly schema?: string;
  /** Runs after a run that applied something, in no transaction, with the names applied. */
  readonly afterMigrations?: (applied: readonly string[], dataSource: ServiceDataSource) => Promise<void>;
}

type RunOptions = Parameters<DataSource['runMigrations']>[0];
type UndoOptions = Parameters<DataSource['undoLastMigration']>[0];

/**
 * A service's TypeORM data source: its migrations (run with TypeORM's migration runner, so `typeorm
 * migration:show | migration:run | migration:revert -d <data-source.js>` works as ops know it) and its simple
 * read-model queries. Every run holds an advisory lock (instances starting together wait for each other),
 * first adopts what the runner before TypeORM had applied, and refuses an applied migration whose text
 * changed.
 */
export class ServiceDataSource extends DataSource {
  readonly schemaName: string;

  constructor(readonly settings: ServiceDataSourceOptions) {
    super({
      type: 'postgres',
      url: settings.url,
      schema: settings.schema,
      migrations: [...settings.migrations],
      migrationsTableName: 'migrations',
      migrationsTransactionMode: 'all',
      logging: false,
      ...(settings.pool ? { driver: onPool(settings.pool) } : {}),
    });
    this.schemaName = settings.schema ?? 'public';
  }

  override runMigrations(options?: RunOptions): Promise<Migration[]> {
    return this.underLock(async (bookkeeping, queryRunner) => {
      await bookkeeping.adoptLegacyMigrations(queryRunner);
      await bookkeeping.verifyChecksums(queryRunner);
      bookkeeping.transaction = options?.transaction ?? 'all';
      bookkeeping.fake = options?.fake ?? false;
      const applied = await bookkeeping.executePendingMigrations();
      await bookkeeping.recordChecksums(queryRunner);
      if (applied.length > 0 && this.settings.afterMigrations)
        await this.settings.afterMigrations(
          applied.map((migration) => migration.name),
          this,
        );
      return applied;
    });
  }

  override async showMigrations(): Promise<boolean> {
    const status = await this.migrationStatus();
    for (const { name, applied } of status) this.logger.logSchemaBuild(`[${applied ? 'X' : ' '}] ${name}`);
    return status.some((migration) => !migration.applied);
  }

  override undoLastMigration(options?: UndoOptions): Promise<void> {
    return this.underLock(async (bookkeeping, queryRunner) => {
      await bookkeeping.adoptLegacyMigrations(queryRunner);
      await bookkeeping.verifyChecksums(queryRunner);
      bookkeeping.transaction = options?.transaction ?? 'all';
      bookkeeping.fake = options?.fake ?? false;
      await bookkeeping.undoLastMigration();
      await bookkeeping.forgetRevertedChecksums(queryRunner);
    });
  }

  /** The `pg` pool the data source runs on (the service's own, or the one TypeORM opened for `url`). */
  pgPool(): Pool {
    if (!this.isInitialized) throw new Error('the data source is not initialized');
    return (this.driver as unknown as { master: Pool }).master;
  }

  /** Each migration of the code and whether it is applied (what was applied before TypeORM counts). */
  migrationStatus(): Promise<{ name: string; applied: boolean }[]> {
    return this.underLock(async (bookkeeping, queryRunner) => {
      await bookkeeping.adoptLegacyMigrations(queryRunner);
      await bookkeeping.verifyChecksums(queryRunner);
      await bookkeeping.recordChecksums(queryRunner);
      return bookkeeping.status(queryRunner);
    });
  }

  private async underLock<T>(work: (bookkeeping: MigrationBookkeeping, queryRunner: QueryRunner) => Promise<T>): Promise<T> {
    const queryRunner = this.createQueryRunner('master');
    const key = `product-ledger.migrations:${this.settings.service}:${this.schemaName}`;
    try {
      await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "${this.schemaName.replace(/"/g, '""')}"`);
      await queryRunner.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [key]);
      try {
        return await work(new MigrationBookkeeping(this, queryRunner, this.schemaName), queryRunner);
      } finally {
        await queryRunner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]);
      }
    } finally {
      await queryRunner.release();
    }
  }
}

/**
 * The `pg` module as TypeORM loads it, with `Pool` answering the service's own pool: one pool per service,
 * so the read-model queries share the pool's size, timeouts and `idle_in_transaction_session_timeout`.
 * (A data source made this way is never destroyed: the service kit ends the pool at shutdown.)
 */
function onPool(pool: Pool): typeof pg {
  function SharedPool(): Pool {
    return pool;
  }
  return { ...pg, Pool: SharedPool as unknown as typeof pg.Pool };
}
