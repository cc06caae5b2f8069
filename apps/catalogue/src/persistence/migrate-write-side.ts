import { applyMigrationsUnderLock } from '@product-ledger/event-store';
import type { Pool } from 'pg';
import { writeSideMigrations } from './write-side-migrations';

/**
 * Brings the write-side guard tables up to date in the service's database. Several instances may start
 * at once: one migrates under the advisory lock, the others wait and find nothing left to do.
 */
export function migrateWriteSide(pool: Pool): Promise<string[]> {
  return applyMigrationsUnderLock(
    pool,
    'product-ledger.catalogue.write-side',
    'catalogue_write_side_migrations',
    writeSideMigrations,
  );
}
