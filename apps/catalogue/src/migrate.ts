// `node dist/apps/catalogue/src/migrate.js`: every catalogue migration, then exit (npm start and the
// release's migration job run it before the service starts; the service also migrates at start).
import { migrateEventStore } from '@product-ledger/event-store';
import { Pool } from 'pg';
import pino from 'pino';
import { loadCatalogueConfig } from './config';
import { migrateWriteSide } from './persistence/migrate-write-side';
import { catalogueReadModelGroup } from './projections/catalogue-read-model';
import { migrateReadModel } from './projections/migrate-read-model';

async function migrate(): Promise<void> {
  const config = loadCatalogueConfig();
  const logger = pino({ name: 'catalogue-migrate', level: config.LOG_LEVEL });
  const pool = new Pool({ connectionString: config.DATABASE_URL, max: 1 });
  try {
    const eventStore = await migrateEventStore(pool);
    const writeSide = await migrateWriteSide(pool);
    const readModel = await migrateReadModel(pool, catalogueReadModelGroup(config.KAFKA_GROUP_PREFIX));
    logger.info({ eventStore: eventStore.applied, writeSide, readModel }, 'catalogue migrations applied');
  } catch (error) {
    logger.error({ err: error }, 'catalogue migrations failed');
    process.exitCode = 1;
  } finally {
    await pool.end();
  }
}

void migrate();
