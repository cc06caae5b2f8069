import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '../tokens';

/** Ready when the service's database answers a real query. */
@Injectable()
export class PostgresReadiness {
  constructor(@Inject(PG_POOL) private readonly pool: Pool | null) {}

  /** False for a service without a database (`ServiceKitModule.forRoot({ database: false })`). */
  get applies(): boolean {
    return this.pool !== null;
  }

  async check(): Promise<void> {
    await this.pool?.query('SELECT 1');
  }
}
