import { applyLegacyMigrations, createTestDatabase, type TestDatabase } from '@product-ledger/testing';
import { eventStoreSchema, migrationTimestamps } from '../src/migrations/event-store-migrations';
import { ServiceDataSource } from '../src/migrations/service-data-source';
import {
  sqlMigration,
  versionedSqlMigrations,
  type ServiceMigrationClass,
} from '../src/migrations/sql-migration';

// TypeORM's migration runner as every service runs it: the event store's migrations first, then the
// service's own; checksums, the advisory lock and the adoption of what the runner before TypeORM applied.

const notes = (sql = 'CREATE TABLE notes (note_id integer PRIMARY KEY, text text NOT NULL)') =>
  versionedSqlMigrations('Notes', migrationTimestamps.readModel, 'notes_migrations', [
    { version: 1, name: 'notes', sql, down: 'DROP TABLE notes' },
    {
      version: 2,
      name: 'note authors',
      sql: 'ALTER TABLE notes ADD COLUMN author text',
      down: 'ALTER TABLE notes DROP COLUMN author',
    },
  ]);

let db: TestDatabase;

async function dataSource(
  migrations: ServiceMigrationClass[],
  afterMigrations?: (applied: readonly string[]) => Promise<void>,
) {
  // On the test database's pool, as a service runs it on its own (the pool ends with the database): no
  // connection of a pool of its own is left for the database's drop to cut.
  const source = new ServiceDataSource({ service: 'notes', migrations, pool: db.pool, afterMigrations });
  await source.initialize();
  return source;
}

const names = (migrations: { name: string }[]) => migrations.map((migration) => migration.name);

beforeEach(async () => {
  db = await createTestDatabase('service_migrations');
});
afterEach(async () => {
  await db.drop();
});

describe('a service data source', () => {
  it('applies every migration once, in order, and a second run applies nothing', async () => {
    const source = await dataSource([...eventStoreSchema(), ...notes()]);
    const applied = names(await source.runMigrations());
    expect(applied.slice(-2)).toEqual(['NotesNotes1700000200001', 'NotesNoteAuthors1700000200002']);
    expect(applied[0]).toMatch(/^EventStore/);
    await db.pool.query(`INSERT INTO notes (note_id, text, author) VALUES (1, 'kept', 'olivia')`);

    expect(await source.runMigrations()).toEqual([]);
    const status = await source.migrationStatus();
    expect(status.every((migration) => migration.applied)).toBe(true);
    expect(status.map((migration) => migration.name)).toEqual(applied);
    const { rows } = await db.pool.query('SELECT name FROM migration_checksums ORDER BY name');
    expect(rows.map((row) => row.name).sort()).toEqual([...applied].sort());
  });

  it('shows what is pending, then reverts the last migration with its down step', async () => {
    const first = await dataSource([...eventStoreSchema(), ...notes().slice(0, 1)]);
    await first.runMigrations();
    const second = await dataSource([...eventStoreSchema(), ...notes()]);
    const pending = (await second.migrationStatus()).filter((migration) => !migration.applied);
    expect(names(pending)).toEqual(['NotesNoteAuthors1700000200002']);
    expect(await second.showMigrations()).toBe(true);

    await second.runMigrations();
    await second.undoLastMigration();
    const { rows } = await db.pool.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'notes' ORDER BY column_name`,
    );
    expect(rows.map((row) => row.column_name)).toEqual(['note_id', 'text']);
    expect(
      (await second.migrationStatus()).find((m) => m.name === 'NotesNoteAuthors1700000200002')?.applied,
    ).toBe(false);
    const checksums = await db.pool.query(
      `SELECT 1 FROM migration_checksums WHERE name = 'NotesNoteAuthors1700000200002'`,
    );
    expect(checksums.rowCount).toBe(0);
  });

  it('refuses to run when an applied migration was edited, naming it, and changes nothing', async () => {
    await (await dataSource([...eventStoreSchema(), ...notes().slice(0, 1)])).runMigrations();
    const edited = await dataSource([
      ...eventStoreSchema(),
      ...notes('CREATE TABLE notes (note_id integer PRIMARY KEY, text text NOT NULL, extra text)'),
    ]);
    await expect(edited.runMigrations()).rejects.toThrow(
      /NotesNotes1700000200001 changed after being applied/,
    );
    await expect(edited.migrationStatus()).rejects.toThrow(/changed after being applied/);
    const { rowCount } = await db.pool.query(
      `SELECT 1 FROM migrations WHERE name = 'NotesNoteAuthors1700000200002'`,
    );
    expect(rowCount).toBe(0);
  });

  it('will not revert a migration that has no down step', async () => {
    const oneWay = sqlMigration({
      name: 'OneWay',
      timestamp: migrationTimestamps.readModel + 9,
      up: 'CREATE TABLE one_way (id int)',
    });
    const source = await dataSource([...eventStoreSchema(), oneWay]);
    await source.runMigrations();
    await expect(source.undoLastMigration()).rejects.toThrow(/OneWay1700000200009 has no down step/);
    expect(
      (await db.pool.query(`SELECT to_regclass('one_way') IS NOT NULL AS present`)).rows[0].present,
    ).toBe(true);
  });

  it('lets instances that start together apply each migration exactly once', async () => {
    const sources = await Promise.all([1, 2, 3].map(() => dataSource([...eventStoreSchema(), ...notes()])));
    const runs = await Promise.all(sources.map((source) => source.runMigrations()));
    const all = runs.flatMap(names);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain('NotesNoteAuthors1700000200002');
    const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM migrations');
    expect(rows[0].n).toBe(all.length);
  });

  it('upgrades a database migrated by the runner before TypeORM in place: adopted, data kept, only the new step runs', async () => {
    await applyLegacyMigrations(db.pool, 'notes_migrations', [
      {
        version: 1,
        name: 'notes',
        sql: 'CREATE TABLE notes (note_id integer PRIMARY KEY, text text NOT NULL)',
      },
    ]);
    await db.pool.query(`INSERT INTO notes (note_id, text) VALUES (7, 'from before')`);
    const afterwards: string[][] = [];
    const source = await dataSource(notes(), async (applied) => {
      afterwards.push([...applied]);
    });

    expect(names(await source.runMigrations())).toEqual(['NotesNoteAuthors1700000200002']);
    expect(afterwards).toEqual([['NotesNoteAuthors1700000200002']]);
    const { rows } = await db.pool.query('SELECT note_id, text, author FROM notes');
    expect(rows).toEqual([{ note_id: 7, text: 'from before', author: null }]);
    expect((await source.migrationStatus()).every((migration) => migration.applied)).toBe(true);

    expect(await source.runMigrations()).toEqual([]);
    expect(afterwards).toHaveLength(1);
  });
});
