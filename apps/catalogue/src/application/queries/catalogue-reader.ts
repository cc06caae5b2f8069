import { Inject, Injectable } from '@nestjs/common';
import { loadAggregate, type EventStore, type StoredEvent } from '@product-ledger/event-store';
import { NotFoundError } from '@product-ledger/domain';
import { EVENT_STORE } from '@product-ledger/nest-event-sourcing';
import { DataSource } from 'typeorm';
import { productLineDecider } from '../../domain/product-line/product-line-decider';
import type { ProductLineState } from '../../domain/product-line/product-line-state';
import { productDecider } from '../../domain/product/product-decider';
import type { RegisteredProduct } from '../../domain/product/product-state';
import {
  listProductLines,
  type ProductLineFilter,
  type ProductLineRow,
} from '../../projections/product-line-queries';
import { listProducts, type ProductFilter, type ProductRow } from '../../projections/product-queries';

export interface Loaded<State> {
  readonly state: State;
  readonly version: number;
}

/**
 * What the catalogue's GETs read. Single aggregates come from their streams, so a GET right after a write
 * sees that write; the lists come from the read models, fed through Kafka.
 */
@Injectable()
export class CatalogueReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly db: DataSource,
  ) {}

  /** A page of products by code (one more row than asked tells whether a next page exists). */
  products(filter: ProductFilter): Promise<ProductRow[]> {
    return listProducts(this.db, filter);
  }

  /** A page of product lines by name (one more row than asked tells whether a next page exists). */
  productLines(filter: ProductLineFilter): Promise<ProductLineRow[]> {
    return listProductLines(this.db, filter);
  }

  async product(productId: string): Promise<Loaded<RegisteredProduct>> {
    const { state, version } = await loadAggregate(this.store, productId, productDecider);
    if (!state.exists) throw new NotFoundError('product', productId);
    return { state, version };
  }

  async productLine(productLineId: string): Promise<Loaded<Extract<ProductLineState, { exists: true }>>> {
    const { state, version } = await loadAggregate(this.store, productLineId, productLineDecider);
    if (!state.exists) throw new NotFoundError('product_line', productLineId);
    return { state, version };
  }

  /** The line's name for a product view; undefined if the line stream is unknown (never for our own lines). */
  async productLineName(productLineId: string): Promise<string | undefined> {
    const { state } = await loadAggregate(this.store, productLineId, productLineDecider);
    return state.exists ? state.name : undefined;
  }

  /** A page of a product's events, oldest first, after `afterRevision`; 404 for an unknown product. */
  async productHistory(
    productId: string,
    afterRevision: number,
    limit: number,
  ): Promise<{ events: StoredEvent[]; more: boolean }> {
    const events = await this.store.readStream(productId, {
      fromVersion: afterRevision + 1,
      toVersion: afterRevision + limit + 1,
    });
    const first =
      afterRevision === 0 ? events[0] : (await this.store.readStream(productId, { toVersion: 1 }))[0];
    // Lines and products share the store: a stream is a product's only if it starts with its registration.
    if (first?.type !== 'ProductRegistered') throw new NotFoundError('product', productId);
    return { events: events.slice(0, limit), more: events.length > limit };
  }
}
