import type { Kafka } from 'kafkajs';
import type { BenchDatabase } from '../bench-database';
import type { BenchPlan } from '../bench-plan';
import type { BenchSettings } from '../bench-settings';
import type { BenchTopics } from '../bench-topics';
import type { Progress } from '../progress';

/** What every measure gets from the orchestrator. */
export interface BenchContext {
  readonly settings: BenchSettings;
  readonly plan: BenchPlan;
  readonly db: BenchDatabase;
  readonly kafka: Kafka;
  readonly topics: BenchTopics;
  readonly progress: Progress;
  /** Unique per run: prefix of stream ids, topics and groups. */
  readonly runTag: string;
}

export async function countRows(ctx: BenchContext, table: string): Promise<number> {
  const result = await ctx.db.pool.query<{ count: string }>(`SELECT count(*)::text AS count FROM ${table}`);
  return Number(result.rows[0].count);
}

export function expectCount(what: string, actual: number, expected: number): void {
  if (actual !== expected) throw new Error(`${what}: expected ${expected}, found ${actual}`);
}
