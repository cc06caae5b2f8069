import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { ChangeNotice } from './change-notice';

export interface NumberedNotice {
  /** `<instance epoch>-<sequence>`: a browser sends the last one back as Last-Event-ID when it reconnects. */
  id: string;
  notice: ChangeNotice;
}

type Listener = (notice: NumberedNotice) => void;

/** How many recent notices a reconnecting browser can catch up on. */
const KEPT = 2_000;

/**
 * The live notices of this gateway instance: numbered, the most recent kept for reconnects, fanned out to
 * every open event stream. Notices do not survive a restart; the epoch in each id tells a browser that
 * reconnects to another instance (or after a restart) to refetch everything instead.
 */
@Injectable()
export class NoticeFeed {
  readonly epoch = randomBytes(4).toString('hex');
  private sequence = 0;
  private readonly recent: NumberedNotice[] = [];
  private readonly listeners = new Set<Listener>();

  publish(notice: ChangeNotice): void {
    const numbered = { id: `${this.epoch}-${++this.sequence}`, notice };
    this.recent.push(numbered);
    if (this.recent.length > KEPT) this.recent.shift();
    for (const listener of this.listeners) listener(numbered);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Notices after `lastEventId`, or undefined when this feed cannot tell what was missed. */
  since(lastEventId: string): NumberedNotice[] | undefined {
    const match = /^([0-9a-f]+)-(\d+)$/.exec(lastEventId);
    if (!match || match[1] !== this.epoch) return undefined;
    const last = Number(match[2]);
    if (last > this.sequence) return undefined;
    const oldestKept = this.recent[0] ? Number(this.recent[0].id.split('-')[1]) : this.sequence + 1;
    if (last + 1 < oldestKept) return undefined;
    return this.recent.filter((entry) => Number(entry.id.split('-')[1]) > last);
  }

  get lastId(): string {
    return `${this.epoch}-${this.sequence}`;
  }
}
