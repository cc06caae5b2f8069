import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { migrateEventStore } from '@product-ledger/event-store';
import {
  applyLegacyMigrations,
  createTestDatabase,
  type LegacyMigration,
  type TestDatabase,
} from '@product-ledger/testing';
import { buildPlatform } from './build-platform';

// What ops run against a release: the service's own `migrate.js` and TypeORM's CLI on the built data source,
// here on a catalogue database that the runner before TypeORM migrated up to the write side (so the read
// model's migration is pending), holding data that must survive.
const run = promisify(execFile);
const repoRoot = path.resolve(__dirname, '../..');
const typeormCli = path.join(repoRoot, 'node_modules', 'typeorm', 'cli.js');
const readModelMigration = 'CatalogueReadModelProductsAndLines1700000200001';
const lineOwnersMigration = 'CatalogueProductLineOwners1796688000000';

let distDir: string;
let db: TestDatabase;

async function command(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, args, {
      cwd: distDir,
      env: { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'info', AUTH_MODE: 'development' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
const migrate = (verb: string) => command([path.join(distDir, 'apps/catalogue/src/migrate.js'), verb]);
const typeorm = (verb: string) =>
  command([typeormCli, verb, '-d', path.join(distDir, 'apps/catalogue/src/persistence/data-source.js')]);

beforeAll(async () => {
  distDir = buildPlatform();
  db = await createTestDatabase('migrations_cli');
  await migrateEventStore(db.pool);
  // The write side's list as built (e2e tests use the services only as built).
  const { writeSideMigrations } = (await import(
    path.join(distDir, 'apps/catalogue/src/persistence/write-side-migrations.js')
  )) as { writeSideMigrations: LegacyMigration[] };
  await applyLegacyMigrations(db.pool, 'catalogue_write_side_migrations', writeSideMigrations);
  await db.pool.query(
    `INSERT INTO product_code_reservations (code, product_id) VALUES ('OLD-1', gen_random_uuid())`,
  );
}, 180_000);
afterAll(async () => {
  await db?.drop();
});

describe('the catalogue migrations from the command line', () => {
  it('migrate.js migration:show lists what the old runner applied as applied and the read model as pending', async () => {
    const shown = await migrate('migration:show');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`[ ] ${readModelMigration}`);
    expect(shown.stdout).toContain(`[ ] ${lineOwnersMigration}`);
    expect(shown.stdout).toMatch(/\[X\] CatalogueWriteSide\w+1700000100001/);
    expect(shown.stdout).toMatch(/\[X\] EventStore\w+1700000000001/);
  });

  it('typeorm migration:run applies only the pending migrations, in order, and the data stays', async () => {
    const before = Number((await db.pool.query('SELECT count(*) AS n FROM migrations')).rows[0].n);
    const applied = await typeorm('migration:run');
    expect(applied.code).toBe(0);
    const { rows } = await db.pool.query('SELECT name FROM migrations ORDER BY timestamp DESC');
    expect(rows.slice(0, 2).map((row) => row.name)).toEqual([lineOwnersMigration, readModelMigration]);
    expect(rows).toHaveLength(before + 2);
    expect(
      (await db.pool.query(`SELECT to_regclass('products') IS NOT NULL AS present`)).rows[0].present,
    ).toBe(true);
    expect((await db.pool.query(`SELECT code FROM product_code_reservations`)).rows).toEqual([
      { code: 'OLD-1' },
    ]);

    const shown = await typeorm('migration:show');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`[X] ${readModelMigration}`);
    expect(shown.stdout).not.toContain('[ ]');
  });

  it('typeorm migration:revert undoes the last migration with its down step', async () => {
    const reverted = await typeorm('migration:revert');
    expect(reverted.code).toBe(0);
    const column = await db.pool.query(
      `SELECT 1 FROM information_schema.columns WHERE table_name = 'product_lines' AND column_name = 'owner_id'`,
    );
    expect(column.rowCount).toBe(0);
    expect((await migrate('migration:show')).stdout).toContain(`[ ] ${lineOwnersMigration}`);
  });

  it('typeorm migration:revert refuses a migration without a down step and leaves the schema as it is', async () => {
    const reverted = await typeorm('migration:revert');
    expect(reverted.code).not.toBe(0);
    expect(reverted.stdout + reverted.stderr).toContain(`${readModelMigration} has no down step`);
    expect(
      (await db.pool.query(`SELECT to_regclass('products') IS NOT NULL AS present`)).rows[0].present,
    ).toBe(true);
    expect((await migrate('migration:show')).stdout).toContain(`[X] ${readModelMigration}`);
  });
});
