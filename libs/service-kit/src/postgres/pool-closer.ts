import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '../tokens';

/** Ends the pool last, after the service's consumers and relays stopped in their earlier hooks. */
@Injectable()
export class PoolCloser implements OnApplicationShutdown {
  constructor(@Inject(PG_POOL) private readonly pool: Pool | null) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.pool && !this.pool.ended && !this.pool.ending) await this.pool.end();
  }
}
