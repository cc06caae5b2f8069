/**
 * What a worker process is asked to do. Every timed trial runs in a fresh process so that its peak RSS
 * (`process.resourceUsage().maxRSS`) belongs to that side alone.
 */
export type AppendSide = 'ours' | 'emmett' | 'pg';
export type RelaySide = 'ours' | 'kafkajs';
export type ProjectionSide = 'ours' | 'kafkajs' | 'kafkajs-batch';

export interface AppendTask {
  readonly kind: 'append';
  readonly side: AppendSide;
  readonly databaseUrl: string;
  /** Schema of our store or of the plain `pg` table; Emmett always uses its own tables in `public`. */
  readonly schema: string;
  readonly batch: number;
  readonly writers: number;
  /** Writers keep appending until this much time has passed (the append in flight then completes). */
  readonly durationMs: number;
  readonly streamsPerWriter: number;
  /** Prefix of the trial's stream ids. */
  readonly runId: string;
}

export interface RelayTask {
  readonly kind: 'relay';
  readonly side: RelaySide;
  readonly databaseUrl: string;
  /** Schema of the store holding the pre-appended events. */
  readonly schema: string;
  readonly brokers: readonly string[];
  readonly topic: string;
  /** Our relay's name: a fresh name starts from the first event. */
  readonly relayName: string;
  readonly events: number;
  readonly batchSize: number;
  readonly partitions: number;
}

export interface ProjectionTask {
  readonly kind: 'projection';
  readonly side: ProjectionSide;
  readonly databaseUrl: string;
  /** Schema holding our consumer checkpoints and the read-model table. */
  readonly schema: string;
  readonly table: string;
  readonly brokers: readonly string[];
  readonly topic: string;
  readonly groupId: string;
  readonly events: number;
}

export type BenchTask = AppendTask | RelayTask | ProjectionTask;

export interface TrialResult {
  readonly events: number;
  /** The timed part only (see each workload for where the clock starts and stops). */
  readonly seconds: number;
  readonly eventsPerSecond: number;
  /** Peak resident set size of the worker process, MB. */
  readonly maxRssMb: number;
  /** Extra timings a workload wants reported (seconds), e.g. start-up before the first event. */
  readonly notes?: Record<string, number>;
}

export type WorkerReply =
  | { readonly ok: true; readonly result: TrialResult }
  | { readonly ok: false; readonly error: string };
