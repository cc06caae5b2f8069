import type { Provider } from '@nestjs/common';
import { PG_POOL } from '@product-ledger/service-kit';
import type { Pool } from 'pg';
import { migrateAnalytics } from './migrate-analytics';

/**
 * Resolves once the analytics tables are migrated. Providers that touch the tables inject it, so Nest
 * creates them only after the migration; consumers start later still (on application bootstrap).
 */
export const ANALYTICS_SCHEMA = Symbol('ANALYTICS_SCHEMA');

export const analyticsSchemaProvider: Provider = {
  provide: ANALYTICS_SCHEMA,
  useFactory: async (pool: Pool) => ({ applied: await migrateAnalytics(pool) }),
  inject: [PG_POOL],
};
