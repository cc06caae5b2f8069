import { performance } from 'node:perf_hooks';
import type { Pool, PoolClient } from 'pg';
import { eventsChannel } from '../schema/identifiers';

/**
 * The least time between the starts of two cross-process NOTIFYs of one signal: a busy writer sends at most
 * 40 a second, and a relay in another process hears of a commit within this plus a round trip.
 */
const NOTIFY_SPACING_MS = 25;

export type AppendListener = () => void;

/**
 * "Events were committed to this store": told by the store after each commit that appended, heard by the
 * relay. A listener in the same process is woken at once; relays in other processes (other replicas) hear a
 * payload-free NOTIFY on the schema's channel, sent after the commit on a pooled connection and coalesced
 * (at most one in flight, and their starts at least NOTIFY_SPACING_MS apart).
 *
 * Why not a NOTIFY in the appending transaction (a trigger, as before): PostgreSQL serialises committing
 * transactions that notified on one cluster-wide lock held until their commit record is flushed, so
 * concurrent appends could never share a WAL flush. A NOTIFY-only transaction writes no WAL and holds that
 * lock for microseconds. A lost signal costs latency, never an event: the relay's polling stays the truth.
 */
export class AppendSignal {
  private readonly listeners = new Set<AppendListener>();
  private notifyInFlight = false;
  private notifyAgain = false;
  private lastNotifyAt = Number.NEGATIVE_INFINITY;
  private spacing: NodeJS.Timeout | undefined;
  /** Clients of the pool whose open transaction appended: committed (or not) by the time they are released. */
  private readonly awaitingRelease = new WeakSet<PoolClient>();

  constructor(
    private readonly pool: Pool,
    private readonly channel: string,
  ) {
    pool.on('release', (error: Error | undefined, client: PoolClient) => {
      if (this.awaitingRelease.delete(client) && !error) this.appended();
    });
  }

  /** Calls `listener` after every commit this process makes to the store; returns the unsubscribe. */
  subscribe(listener: AppendListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** An append inside a transaction on `client`: signalled once the client goes back to the pool. */
  appendedInTransaction(client: PoolClient): void {
    this.awaitingRelease.add(client);
  }

  /** An append that has committed. */
  appended(): void {
    for (const listener of this.listeners) listener();
    if (this.notifyInFlight || this.spacing) {
      this.notifyAgain = true;
      return;
    }
    this.notifyWhenSpaced();
  }

  private notifyWhenSpaced(): void {
    const wait = this.lastNotifyAt + NOTIFY_SPACING_MS - performance.now();
    if (wait <= 0) {
      this.notifyOtherProcesses();
      return;
    }
    this.spacing = setTimeout(() => {
      this.spacing = undefined;
      this.notifyOtherProcesses();
    }, wait);
    this.spacing.unref();
  }

  private notifyOtherProcesses(): void {
    this.notifyInFlight = true;
    this.notifyAgain = false;
    this.lastNotifyAt = performance.now();
    this.pool
      .query("SELECT pg_notify($1, '')", [this.channel])
      // An ended pool or a dropped connection: the other processes' relays find the events by polling.
      .catch(() => undefined)
      .finally(() => {
        this.notifyInFlight = false;
        if (this.notifyAgain) this.notifyWhenSpaced();
      });
  }
}

const signals = new WeakMap<Pool, Map<string, AppendSignal>>();

/** The one signal of (pool, schema) in this process, shared by every store and relay on that pool. */
export function appendSignalFor(pool: Pool, schema: string): AppendSignal {
  let bySchema = signals.get(pool);
  if (!bySchema) {
    bySchema = new Map();
    signals.set(pool, bySchema);
  }
  let signal = bySchema.get(schema);
  if (!signal) {
    signal = new AppendSignal(pool, eventsChannel(schema));
    bySchema.set(schema, signal);
  }
  return signal;
}
