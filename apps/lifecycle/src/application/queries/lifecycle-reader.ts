import { Inject, Injectable } from '@nestjs/common';
import { lifecycleStreamId } from '@product-ledger/contracts';
import { type EventStore, type StoredEvent } from '@product-ledger/event-store';
import { EVENT_STORE } from '@product-ledger/nest-event-sourcing';
import { DataSource } from 'typeorm';
import { lifecycleOfReview } from '../../domain/lifecycle/gate-review-id';
import { lifecycleDecider } from '../../domain/lifecycle/lifecycle-decider';
import { LifecycleNotFound, ReviewNotFound } from '../../domain/lifecycle/lifecycle-errors';
import type { LifecycleEvent } from '../../domain/lifecycle/lifecycle-events';
import type { GateReview, StartedLifecycle } from '../../domain/lifecycle/lifecycle-state';
import { listLifecycles, type LifecycleFilter } from '../../projections/lifecycle-queries';
import { playbookInForce } from './playbook-in-force';

export interface LoadedLifecycle {
  readonly lifecycle: StartedLifecycle;
  readonly version: number;
  readonly events: StoredEvent[];
}

/**
 * What the lifecycle GETs read. Single lifecycles come from their stream, not the read model: a client
 * reading right after its own write sees it, and the version is the exact ETag. Lists come from the read
 * model, fed from the event topic.
 */
@Injectable()
export class LifecycleReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly db: DataSource,
  ) {}

  /** A page of lifecycles, oldest first. */
  lifecycles(filter: LifecycleFilter): ReturnType<typeof listLifecycles> {
    return listLifecycles(this.db, filter);
  }

  async load(lifecycleId: string): Promise<LoadedLifecycle> {
    const events = await this.store.readStream(lifecycleStreamId(lifecycleId));
    const state = events.reduce(
      (s, event) => lifecycleDecider.evolve(s, event as unknown as LifecycleEvent),
      lifecycleDecider.initialState(),
    );
    if (state.status !== 'started') throw new LifecycleNotFound(lifecycleId);
    return { lifecycle: state, version: events[events.length - 1]!.streamVersion, events };
  }

  /** The playbook in force, with its stream version (the ETag). */
  playbook(): ReturnType<typeof playbookInForce> {
    return playbookInForce(this.store);
  }

  async loadReview(reviewId: string): Promise<LoadedLifecycle & { review: GateReview }> {
    const lifecycleId = lifecycleOfReview(reviewId);
    if (!lifecycleId) throw new ReviewNotFound(reviewId);
    const loaded = await this.load(lifecycleId).catch((error: unknown) => {
      throw error instanceof LifecycleNotFound ? new ReviewNotFound(reviewId) : error;
    });
    const review = loaded.lifecycle.reviews.find((candidate) => candidate.reviewId === reviewId);
    if (!review) throw new ReviewNotFound(reviewId);
    return { ...loaded, review };
  }
}
