import { randomUUID } from 'node:crypto';
import { createTestDatabase, waitFor } from '@product-ledger/testing';
import { createStoreFixture, type StoreFixture } from '../test-support/store-fixture';
import { createEventStore } from '../store/create-event-store';
import type { EventStore } from '../store/event-store';
import type { Checkpoint } from '../store/event-types';

let fixture: StoreFixture;
let store: EventStore;

// A fresh schema per test, so each one sees only its own events.
beforeEach(async () => {
  fixture = await createStoreFixture('es_readall', 12);
  store = createEventStore({ pool: fixture.pool, schema: fixture.schema });
});
afterEach(() => fixture.drop());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/*
 * Other tests run in parallel in the same database: a transaction they hold open delays what readAll may
 * return. So these tests wait for events to become readable; they
 * never accept one returned twice, out of order, or skipped.
 */
async function readWhenVisible(after: Checkpoint | null, limit: number, expected: number) {
  return waitFor(
    async () => {
      const page = await store.readAll(after, limit);
      return page.events.length >= expected && page;
    },
    { description: `${expected} readable events` },
  );
}

describe('readAll', () => {
  it('returns events in commit-safe order and continues from its checkpoint', async () => {
    const before = null;
    const a = await store.append(
      `a-${randomUUID()}`,
      [
        { type: 'T', data: { n: 1 } },
        { type: 'T', data: { n: 2 } },
      ],
      {
        expectedVersion: 'no_stream',
      },
    );
    const b = await store.append(`b-${randomUUID()}`, [{ type: 'T', data: { n: 3 } }], {
      expectedVersion: 'no_stream',
    });
    const page1 = await readWhenVisible(before, 2, 2);
    expect(page1.events.map((e) => e.eventId)).toEqual(a.events.map((e) => e.eventId));
    const page2 = await readWhenVisible(page1.checkpoint, 2, 1);
    expect(page2.events.map((e) => e.eventId)).toEqual(b.events.map((e) => e.eventId));
    const page3 = await store.readAll(page2.checkpoint, 2);
    expect(page3).toEqual({ events: [], checkpoint: page2.checkpoint });
  });

  it('does not return events of a transaction that is still open, nor of those after it', async () => {
    const start = null;
    const holder = await fixture.pool.connect();
    try {
      await holder.query('BEGIN');
      const held = await store.append(`held-${randomUUID()}`, [{ type: 'T', data: {} }], {
        expectedVersion: 'no_stream',
        client: holder,
      });
      const later = await store.append(`later-${randomUUID()}`, [{ type: 'T', data: {} }], {
        expectedVersion: 'no_stream',
      });
      // `later` is committed with a higher position, but a reader that returned it now would have to
      // skip `held` (lower position) when it commits: the reader must wait.
      expect((await store.readAll(start, 100)).events).toEqual([]);
      await holder.query('COMMIT');
      const seen = (await readWhenVisible(start, 100, 2)).events.map((e) => e.eventId);
      expect(seen).toEqual([held.events[0].eventId, later.events[0].eventId]);
    } finally {
      holder.release();
    }
  });

  it('inside a transaction that has written, returns neither its own events nor any committed after it began', async () => {
    const own = await fixture.pool.connect();
    try {
      await own.query('BEGIN');
      const mine = await store.append(`own-${randomUUID()}`, [{ type: 'T', data: {} }], {
        expectedVersion: 'no_stream',
        client: own,
      });
      const other = await store.append(`other-${randomUUID()}`, [{ type: 'T', data: {} }], {
        expectedVersion: 'no_stream',
      });
      // Returning `other` now would move the checkpoint past this transaction's next append.
      expect((await store.readAll(null, 100, { client: own })).events).toEqual([]);
      const next = await store.append(`own-${randomUUID()}`, [{ type: 'T', data: {} }], {
        expectedVersion: 'no_stream',
        client: own,
      });
      await own.query('COMMIT');
      const seen = (await readWhenVisible(null, 100, 3)).events.map((e) => e.eventId);
      expect(seen).toEqual([mine.events[0].eventId, next.events[0].eventId, other.events[0].eventId]);
    } finally {
      own.release();
    }
  });

  it('is not held back by a transaction open in another database of the server', async () => {
    const other = await createTestDatabase('es_readall_other');
    const holder = await other.pool.connect();
    try {
      await holder.query('BEGIN');
      // Takes a transaction id: it is now in every snapshot's in-progress list, server-wide.
      await holder.query('SELECT pg_current_xact_id()');
      const appended = await store.append(`mine-${randomUUID()}`, [{ type: 'T', data: {} }], {
        expectedVersion: 'no_stream',
      });
      const page = await readWhenVisible(null, 10, 1);
      expect(page.events.map((e) => e.eventId)).toEqual(appended.events.map((e) => e.eventId));
      // Only now does the other database's transaction end.
      await holder.query('ROLLBACK');
    } finally {
      holder.release();
      await other.drop();
    }
  });

  it('sees every committed event exactly once while writers hold transactions open, over many rounds', async () => {
    const start = null;
    const committed = new Set<string>();
    const rolledBack = new Set<string>();
    const writers = 6;
    const transactionsPerWriter = 25;
    let writing = true;
    const deadline = () => Date.now() > writersDoneAt + 60_000;
    let writersDoneAt = Infinity;

    const writer = async (w: number): Promise<void> => {
      for (let t = 0; t < transactionsPerWriter; t++) {
        const client = await fixture.pool.connect();
        try {
          await client.query('BEGIN');
          const ids: string[] = [];
          const appends = 1 + (t % 3);
          for (let a = 0; a < appends; a++) {
            const result = await store.append(
              `w${w}-s${(t + a) % 4}`,
              [
                { type: 'T', data: { w, t, a } },
                { type: 'T', data: { w, t, a, second: true } },
              ],
              { expectedVersion: 'any', client },
            );
            ids.push(...result.events.map((e) => e.eventId));
            // Some transactions stay open after taking their positions, so later ones commit first.
            if ((w + t) % 4 === 0) await pause(5 + ((w * 7 + t * 13) % 40));
          }
          if ((w * 31 + t) % 11 === 0) {
            await client.query('ROLLBACK');
            ids.forEach((id) => rolledBack.add(id));
          } else {
            await client.query('COMMIT');
            ids.forEach((id) => committed.add(id));
          }
        } finally {
          client.release();
        }
      }
    };

    const seen: string[] = [];
    const reader = async (): Promise<void> => {
      let checkpoint: Checkpoint | null = start;
      let previous: [bigint, bigint] = [-1n, -1n];
      for (;;) {
        const stillWriting = writing;
        const page = await store.readAll(checkpoint, 7);
        for (const event of page.events) {
          const key: [bigint, bigint] = [BigInt(event.transactionId), BigInt(event.globalPosition)];
          const ascending = key[0] > previous[0] || (key[0] === previous[0] && key[1] > previous[1]);
          if (!ascending) throw new Error(`readAll went back from ${previous.join('/')} to ${key.join('/')}`);
          previous = key;
          seen.push(event.eventId);
        }
        checkpoint = page.checkpoint;
        if (page.events.length === 0) {
          // Done once the writers are and every committed event was read (or long after: then it failed).
          if (!stillWriting && (seen.length >= committed.size || deadline())) return;
          await pause(2);
        }
      }
    };

    const readerDone = reader();
    await Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
    writersDoneAt = Date.now();
    writing = false;
    await readerDone;

    expect(committed.size).toBeGreaterThan(200);
    expect(rolledBack.size).toBeGreaterThan(0);
    expect(seen.length).toBe(new Set(seen).size);
    expect(new Set(seen)).toEqual(committed);
  });
});
