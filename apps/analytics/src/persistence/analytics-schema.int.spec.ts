import { randomUUID } from 'node:crypto';
import { migrateEventStore } from '@product-ledger/event-store';
import { ServiceDataSource } from '@product-ledger/nest-event-sourcing';
import { applyLegacyMigrations, createTestDatabase, type TestDatabase } from '@product-ledger/testing';
import { analyticsMigrations } from './analytics-migrations';
import { analyticsSchema, rebuildDerivedTables } from './analytics-schema';

/** Today's runner on the test database, as the service runs it at start. */
async function migrateAnalytics(pool: TestDatabase['pool']): Promise<string[]> {
  const dataSource = new ServiceDataSource({
    service: 'analytics',
    migrations: analyticsSchema,
    afterMigrations: rebuildDerivedTables,
    pool,
  });
  await dataSource.initialize();
  return (await dataSource.runMigrations()).map((migration) => migration.name);
}

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase('analytics_upgrade');
});
afterAll(async () => {
  await db?.drop();
});

describe('the analytics migrations on a database that already holds facts', () => {
  it('fills the tables derived from the facts that the upgrade creates (figures, line months)', async () => {
    // The schema as it was before product_figures and performance_line_monthly (migration 9), made by the
    // runner before TypeORM.
    await migrateEventStore(db.pool);
    await applyLegacyMigrations(
      db.pool,
      'analytics_migrations',
      analyticsMigrations.filter((migration) => migration.version <= 9),
    );
    const productId = randomUUID();
    const lineId = randomUUID();
    const lastMonth = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 1));
    const month = lastMonth.toISOString().slice(0, 7);
    await db.pool.query(
      `INSERT INTO portfolio_products (product_id, code, name, line_id, owner_id, kind, market, status, registered_at)
       VALUES ($1, 'UPG-1', 'Upgraded', $2, 'olivia', 'software', 'b2b', 'active', now() - interval '1 year')`,
      [productId, lineId],
    );
    await db.pool.query(
      `INSERT INTO facts (source, external_id, product_id, metric, unit, period, granularity, valid_from, valid_to,
                          value, recorded_at, channel)
       VALUES ('billing', $2, $1, 'revenue', 'EUR', $3, 'month', $4::date, ($4::date + interval '1 month')::date,
               1234.5, now(), 'http')`,
      [productId, randomUUID(), month, `${month}-01`],
    );
    await db.pool.query(`
      INSERT INTO performance_monthly (product_id, version, metric, unit, month, origin, value_sum, value_count)
      SELECT product_id, version, metric, unit, valid_from, granularity, value, 1 FROM facts`);

    const applied = await migrateAnalytics(db.pool);
    expect(applied).toEqual(
      expect.arrayContaining(['AnalyticsProductFigures1700000100010', 'AnalyticsPerformanceLineMonthly1700000100011']),
    );
    // What the old runner had applied is recognised, not run again.
    expect(applied).not.toEqual(expect.arrayContaining(['AnalyticsFacts1700000100001']));

    const figures = await db.pool.query(
      'SELECT revenue_last_12_months FROM product_figures WHERE product_id = $1',
      [productId],
    );
    expect(figures.rows).toEqual([
      { revenue_last_12_months: [expect.objectContaining({ currency: 'EUR' })] },
    ]);
    expect(JSON.stringify(figures.rows[0].revenue_last_12_months)).toContain('1234.5');
    const lineMonths = await db.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM performance_line_monthly WHERE line_id = $1',
      [lineId],
    );
    expect(lineMonths.rows[0].n).toBeGreaterThan(0);

    // Nothing left to apply: a second run rebuilds nothing.
    expect(await migrateAnalytics(db.pool)).toEqual([]);
  });
});
