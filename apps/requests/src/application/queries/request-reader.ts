import { Inject, Injectable } from '@nestjs/common';
import { NotFoundError } from '@product-ledger/domain';
import {
  loadAggregate,
  type EventStore,
  type LoadedAggregate,
  type StoredEvent,
} from '@product-ledger/event-store';
import { EVENT_STORE } from '@product-ledger/nest-event-sourcing';
import { DataSource } from 'typeorm';
import { requestDecider } from '../../domain/request/request-decider';
import type { RequestState } from '../../domain/request/request-state';
import { queryProductRanking, type ProductRanking } from '../../projections/ranking-query';
import {
  queryRequestList,
  type RequestListFilter,
  type RequestListPosition,
  type RequestListSort,
} from '../../projections/request-list-query';

type ExistingRequest = Extract<RequestState, { exists: true }>;

/**
 * What the requests GETs read. One request comes from its stream (consistent right after a write, its
 * version the exact ETag); lists and rankings from the read model, fed from the event topics.
 */
@Injectable()
export class RequestReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly db: DataSource,
  ) {}

  async request(requestId: string): Promise<LoadedAggregate<ExistingRequest>> {
    const { state, version } = await loadAggregate(this.store, requestId, requestDecider);
    if (!state.exists) throw new NotFoundError('request', requestId);
    return { state, version };
  }

  /** Every event of a request, oldest first; 404 for an unknown request. */
  async history(requestId: string): Promise<StoredEvent[]> {
    const events = await this.store.readStream(requestId);
    if (events.length === 0) throw new NotFoundError('request', requestId);
    return events;
  }

  list(
    filter: RequestListFilter,
    sort: RequestListSort,
    limit: number,
    after?: RequestListPosition,
  ): ReturnType<typeof queryRequestList> {
    return queryRequestList(this.db, filter, sort, limit, after);
  }

  ranking(productId: string): Promise<ProductRanking> {
    return queryProductRanking(this.db, productId);
  }
}
