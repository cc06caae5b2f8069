import { Inject, Injectable } from '@nestjs/common';
import {
  projectionProgress,
  resetProjection,
  waitForProjection,
  type ProjectionProgress,
} from '@product-ledger/event-store';
import { KAFKA, PG_POOL } from '@product-ledger/service-kit';
import type { Kafka } from 'kafkajs';
import type { Pool } from 'pg';
import type { EventStoreModuleOptions } from '../module/event-store-module-options';
import { EVENT_STORE_OPTIONS } from '../module/tokens';
import { EventConsumers } from './event-consumers';

export interface RebuildOptions {
  /** Poll interval of the progress check. Default 500 ms. */
  readonly pollIntervalMs?: number;
  readonly signal?: AbortSignal;
}

/**
 * Rebuilds read models while the service keeps serving: the projection's consumer stops, its tables and
 * checkpoints are reset in one transaction, and it starts again from the earliest offsets.
 */
@Injectable()
export class ProjectionsService {
  constructor(
    private readonly consumers: EventConsumers,
    @Inject(EVENT_STORE_OPTIONS) private readonly options: EventStoreModuleOptions,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(KAFKA) private readonly kafka: Kafka,
  ) {}

  /** Names of the rebuildable projections. */
  names(): string[] {
    return (this.options.projections ?? []).map((projection) => projection.name);
  }

  /** Resolves once the projection has replayed everything on its topics (`onProgress` on every poll). */
  async rebuild(
    name: string,
    onProgress?: (progress: ProjectionProgress) => void,
    options: RebuildOptions = {},
  ): Promise<ProjectionProgress> {
    const projection = this.consumers.definition(name);
    if (projection.kind !== 'projection')
      throw new Error(`${name} is a consumer, not a rebuildable projection`);
    // Restarted rather than left to notice the reset: on a quiet topic no next batch would tell it.
    await this.consumers.restart(name, () =>
      resetProjection({
        pool: this.pool,
        schema: this.options.schema,
        groupId: projection.groupId,
        truncate: (client) => projection.reset(client),
      }),
    );
    return waitForProjection({
      pool: this.pool,
      schema: this.options.schema,
      kafka: this.kafka,
      groupId: projection.groupId,
      topics: projection.topics,
      onProgress,
      pollIntervalMs: options.pollIntervalMs,
      signal: options.signal,
    });
  }

  /** How far a projection is behind its topics. */
  progress(name: string): Promise<ProjectionProgress> {
    const projection = this.consumers.definition(name);
    return projectionProgress({
      pool: this.pool,
      schema: this.options.schema,
      kafka: this.kafka,
      groupId: projection.groupId,
      topics: projection.topics,
    });
  }
}
