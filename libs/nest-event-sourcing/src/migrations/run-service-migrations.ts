import { migrateEventStore } from '@product-ledger/event-store';
import { Pool } from 'pg';
import pino from 'pino';
import type { ProjectionDefinition } from '../consumers/projection-definition';
import { migrateProjection } from './migrate-projection';

export interface ServiceMigrations {
  serviceName: string;
  databaseUrl: string;
  logLevel?: string;
  schema?: string;
  /** The service's projections; their tables are migrated as at start. */
  projections?: ProjectionDefinition[];
  /** The service's own write-side steps (reservation tables and the like), run after the event store. */
  steps?: { name: string; run(pool: Pool): Promise<unknown> }[];
}

/**
 * Everything a service migrates, without starting it: the entry point of `migrate.js`, which `npm start`
 * and the release's migration job run before the service. Services migrate at start too (idempotent), so
 * this is about doing it once, early, and failing the release rather than the pods.
 */
export async function runServiceMigrations(migrations: ServiceMigrations): Promise<boolean> {
  const logger = pino({ name: `${migrations.serviceName}-migrate`, level: migrations.logLevel ?? 'info' });
  const pool = new Pool({ connectionString: migrations.databaseUrl, max: 1 });
  try {
    const eventStore = await migrateEventStore(pool, { schema: migrations.schema ?? 'public' });
    for (const step of migrations.steps ?? []) await step.run(pool);
    for (const projection of migrations.projections ?? []) await migrateProjection(pool, projection);
    logger.info(
      {
        eventStore: eventStore.applied,
        steps: (migrations.steps ?? []).map((step) => step.name),
        projections: (migrations.projections ?? []).map((projection) => projection.name),
      },
      `${migrations.serviceName} migrations applied`,
    );
    return true;
  } catch (error) {
    logger.error({ err: error }, `${migrations.serviceName} migrations failed`);
    return false;
  } finally {
    await pool.end();
  }
}
