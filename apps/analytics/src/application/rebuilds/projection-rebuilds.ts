import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { NotFoundError, DomainError } from '@product-ledger/domain';
import { ProjectionsService, SERVICE_DATA_SOURCE } from '@product-ledger/nest-event-sourcing';
import { PG_POOL } from '@product-ledger/service-kit';
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { rebuildPerformance } from '../../persistence/facts/rebuild-performance';

/** The read models an admin can rebuild: four fed by Kafka topics, one by the facts table. */
export const rebuildableProjections = [
  'portfolio',
  'lifecycle-flow',
  'request-demand',
  'business-cases',
  'performance',
] as const;
export type RebuildableProjection = (typeof rebuildableProjections)[number];

export interface RebuildProgress {
  readonly applied: number;
  readonly total: number;
  /** 0..1 */
  readonly ratio: number;
}

export interface ProjectionRebuild extends RebuildProgress {
  readonly rebuildId: string;
  readonly projection: string;
  readonly status: 'running' | 'completed' | 'failed';
  readonly requestedBy: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly error: string | null;
}

export interface ProjectionState {
  readonly name: RebuildableProjection;
  /** Where it is fed from. */
  readonly source: 'kafka' | 'facts';
  /** How far it has applied what is on its topics (Kafka projections), now. */
  readonly progress: (RebuildProgress & { readonly caughtUp: boolean }) | null;
  readonly lastRebuild: ProjectionRebuild | null;
}

export class RebuildAlreadyRunning extends DomainError {
  constructor(projection: string, rebuildId: string) {
    super('projection.rebuild_running', `a rebuild of ${projection} is already running`, 'conflict', {
      rebuildId,
    });
  }
}

/**
 * Runs rebuilds in the background while the service keeps serving, and records each one with its progress
 * in `projection_rebuilds` (polled through GET /analytics/projections/{name}).
 */
@Injectable()
export class ProjectionRebuilds implements OnModuleInit {
  private readonly logger = new Logger(ProjectionRebuilds.name);
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly projections: ProjectionsService,
    @Inject(PG_POOL) private readonly pool: Pool,
    // Injected so the tables exist before this provider touches them.
    @Inject(SERVICE_DATA_SOURCE) _migrated: unknown,
  ) {}

  /** A rebuild recorded as running by a process that has since stopped will never finish: say so. */
  async onModuleInit(): Promise<void> {
    await this.pool.query(
      `UPDATE projection_rebuilds SET status = 'failed', finished_at = now(), error = 'interrupted: the service stopped'
        WHERE status = 'running'`,
    );
  }

  async start(name: string, requestedBy: string): Promise<ProjectionRebuild> {
    const projection = this.known(name);
    const current = await this.latest(projection);
    if (current?.status === 'running' && this.running.has(projection))
      throw new RebuildAlreadyRunning(projection, current.rebuildId);
    const rebuildId = randomUUID();
    await this.pool.query(
      `INSERT INTO projection_rebuilds (rebuild_id, projection, status, requested_by, started_at) VALUES ($1, $2, 'running', $3, now())`,
      [rebuildId, projection, requestedBy],
    );
    const work = this.run(rebuildId, projection).finally(() => this.running.delete(projection));
    this.running.set(projection, work);
    return (await this.latest(projection))!;
  }

  async state(name: string): Promise<ProjectionState> {
    const projection = this.known(name);
    const source = projection === 'performance' ? 'facts' : 'kafka';
    const progress = source === 'kafka' ? await this.projections.progress(projection) : null;
    return {
      name: projection,
      source,
      progress: progress && {
        applied: progress.applied,
        total: progress.total,
        ratio: progress.ratio,
        caughtUp: progress.caughtUp,
      },
      lastRebuild: await this.latest(projection),
    };
  }

  /** Resolves when the rebuild running in this process (if any) ended: for tests and shutdown. */
  async settled(name: string): Promise<void> {
    await this.running.get(name)?.catch(() => undefined);
  }

  private async run(rebuildId: string, projection: RebuildableProjection): Promise<void> {
    this.logger.log({ rebuildId, projection }, 'projection rebuild started');
    try {
      if (projection === 'performance') {
        const facts = await rebuildPerformance(this.pool);
        await this.record(rebuildId, { applied: facts, total: facts, ratio: 1 });
      } else {
        let lastLogged = -1;
        const final = await this.projections.rebuild(projection, (progress) => {
          void this.record(rebuildId, progress).catch(() => undefined);
          const tenth = Math.floor(progress.ratio * 10);
          if (tenth !== lastLogged) {
            lastLogged = tenth;
            this.logger.log(
              { rebuildId, projection, applied: progress.applied, total: progress.total },
              'projection rebuild progress',
            );
          }
        });
        await this.record(rebuildId, final);
      }
      await this.pool.query(
        `UPDATE projection_rebuilds SET status = 'completed', finished_at = now() WHERE rebuild_id = $1`,
        [rebuildId],
      );
      this.logger.log({ rebuildId, projection }, 'projection rebuild completed');
    } catch (error) {
      this.logger.error({ rebuildId, projection, err: error }, 'projection rebuild failed');
      await this.pool
        .query(
          `UPDATE projection_rebuilds SET status = 'failed', finished_at = now(), error = $2 WHERE rebuild_id = $1`,
          [rebuildId, (error as Error).message],
        )
        .catch(() => undefined);
    }
  }

  private async record(rebuildId: string, progress: RebuildProgress): Promise<void> {
    await this.pool.query(
      `UPDATE projection_rebuilds SET applied = $2, total = $3 WHERE rebuild_id = $1 AND status = 'running'`,
      [rebuildId, progress.applied, progress.total],
    );
  }

  private async latest(projection: string): Promise<ProjectionRebuild | null> {
    const { rows } = await this.pool.query<{
      rebuild_id: string;
      projection: string;
      status: ProjectionRebuild['status'];
      requested_by: string;
      started_at: Date;
      finished_at: Date | null;
      applied: string;
      total: string;
      error: string | null;
    }>(`SELECT * FROM projection_rebuilds WHERE projection = $1 ORDER BY started_at DESC LIMIT 1`, [
      projection,
    ]);
    const row = rows[0];
    if (!row) return null;
    const applied = Number(row.applied);
    const total = Number(row.total);
    return {
      rebuildId: row.rebuild_id,
      projection: row.projection,
      status: row.status,
      requestedBy: row.requested_by,
      startedAt: row.started_at.toISOString(),
      finishedAt: row.finished_at?.toISOString() ?? null,
      applied,
      total,
      ratio: row.status === 'completed' ? 1 : total === 0 ? 0 : applied / total,
      error: row.error,
    };
  }

  private known(name: string): RebuildableProjection {
    if (!(rebuildableProjections as readonly string[]).includes(name))
      throw new NotFoundError('projection', name);
    return name as RebuildableProjection;
  }
}
