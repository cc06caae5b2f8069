import { createEventStore } from '@product-ledger/event-store';
import { BenchSchemas } from '../bench-database';
import { benchEvents, benchMetadata } from '../sample-events';
import type { RelaySide, RelayTask } from '../tasks';
import { expectCount, type BenchContext } from './bench-context';
import { runInterleaved, type SideResults, type TrialSide } from './trial-runner';

/**
 * Appends the relay's input once (untimed), then per trial: our relay under a fresh name (so it starts
 * from the first event) to a fresh topic, against a raw kafkajs producer sending the same messages to
 * another fresh topic. Both topics are created before the clock starts, with the same partitions.
 */
export async function runRelayMeasure(ctx: BenchContext): Promise<SideResults> {
  await appendRelayInput(ctx);
  const side = (name: RelaySide): TrialSide => ({
    side: name,
    prepare: async (trial) => {
      await untilInputReadable(ctx);
      const topic = `${ctx.runTag}.relay.${name}.${trial}`;
      await ctx.topics.create(topic, ctx.plan.partitions);
      const task: RelayTask = {
        kind: 'relay',
        side: name,
        databaseUrl: ctx.db.url,
        schema: BenchSchemas.relay,
        brokers: ctx.settings.brokers,
        topic,
        relayName: `bench_${name}_${trial}`,
        events: ctx.plan.relayEvents,
        batchSize: ctx.plan.relayBatchSize,
        partitions: ctx.plan.partitions,
      };
      return task;
    },
    verify: async (_trial, task) => {
      const { topic } = task as RelayTask;
      expectCount(`relay/${name} messages on ${topic}`, await ctx.topics.count(topic), ctx.plan.relayEvents);
    },
  });
  return runInterleaved('relay', [side('ours'), side('kafkajs')], ctx.plan.trials, ctx.progress);
}

async function appendRelayInput(ctx: BenchContext): Promise<void> {
  const store = createEventStore({
    pool: ctx.db.pool,
    schema: BenchSchemas.relay,
    metadata: () => ({ ...benchMetadata }),
  });
  const { streams, relayEvents } = ctx.plan;
  const perAppend = 50;
  const versions = new Array<number>(streams).fill(0);
  let appended = 0;
  ctx.progress.note(`relay: appending ${relayEvents} input events (untimed) ...`);
  while (appended < relayEvents) {
    const round: Promise<unknown>[] = [];
    for (let stream = 0; stream < streams && appended < relayEvents; stream++) {
      const count = Math.min(perAppend, relayEvents - appended);
      const streamId = `bench-product-${stream}`;
      round.push(
        store.append(streamId, benchEvents(streamId, versions[stream], count), {
          expectedVersion: versions[stream],
        }),
      );
      versions[stream] += count;
      appended += count;
      if (round.length === 2) await Promise.all(round.splice(0));
    }
    await Promise.all(round);
  }
}

/**
 * The gap-free read only returns events of transactions older than every transaction still open on the
 * whole server (the snapshot xmin is cluster-wide), so a transaction left open in some other database
 * would stall whichever side starts next. Wait for that before the clock starts, and say so.
 */
async function untilInputReadable(ctx: BenchContext): Promise<void> {
  const sql = `SELECT count(*)::integer AS readable FROM "${BenchSchemas.relay}".events
    WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())`;
  const startedAt = Date.now();
  for (;;) {
    const result = await ctx.db.pool.query<{ readable: number }>(sql);
    if (result.rows[0].readable >= ctx.plan.relayEvents) break;
    if (Date.now() - startedAt > 300_000) {
      throw new Error(
        `relay input still not readable after 300 s: ${await oldestOpenTransaction(ctx)} stays open`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const waited = Date.now() - startedAt;
  if (waited > 500) {
    ctx.progress.note(
      `relay: waited ${(waited / 1000).toFixed(1)} s for transactions open elsewhere on the server to end`,
    );
  }
}

async function oldestOpenTransaction(ctx: BenchContext): Promise<string> {
  const result = await ctx.db.pool.query<{ pid: number; datname: string; state: string }>(
    `SELECT pid, datname, state FROM pg_stat_activity
     WHERE backend_xid IS NOT NULL AND pid <> pg_backend_pid() ORDER BY xact_start LIMIT 1`,
  );
  const session = result.rows[0];
  return session
    ? `session ${session.pid} in database ${session.datname} (${session.state})`
    : 'a transaction';
}
