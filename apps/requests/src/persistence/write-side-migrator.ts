import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { PG_POOL } from '@product-ledger/service-kit';
import type { Pool } from 'pg';
import { migrateWriteSide } from './migrate-write-side';

/** Migrates the write-side tables at start, before the consumers (started at bootstrap) need them. */
@Injectable()
export class WriteSideMigrator implements OnModuleInit {
  private readonly logger = new Logger(WriteSideMigrator.name);

  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async onModuleInit(): Promise<void> {
    const applied = await migrateWriteSide(this.pool);
    if (applied.length > 0) this.logger.log(`write-side migrations applied: ${applied.join(', ')}`);
  }
}
