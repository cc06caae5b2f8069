import { Inject, Injectable, Logger } from '@nestjs/common';
import { PG_POOL, SERVICE_NAME } from '@product-ledger/service-kit';
import type { Pool } from 'pg';
import type { EventStoreModuleOptions } from '../../module/event-store-module-options';
import { EVENT_STORE_OPTIONS } from '../../module/tokens';

/** The first response to a key, as replayed. */
export interface StoredResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

export type KeyClaim =
  | { readonly kind: 'claimed' }
  | { readonly kind: 'completed'; readonly requestHash: string; readonly response: StoredResponse }
  | { readonly kind: 'in-flight'; readonly requestHash: string };

const DEFAULT_LEASE_MS = 60_000;
/** Keys are promises to retrying clients, not a log: a day covers any sane retry policy. */
const RETENTION_MS = 24 * 60 * 60 * 1000;
const PURGE_EVERY_MS = 60 * 60 * 1000;
const MAX_CLAIM_ROUNDS = 5;

/**
 * The core's `idempotency_keys` table. A key belongs to (scope, actor): the scope column holds
 * `<service scope>:<actor subject>`, so two users never share a key. An unfinished key whose request
 * died (lease over) can be claimed again by the same request; an expired key is free for anything.
 */
@Injectable()
export class IdempotencyKeys {
  private readonly logger = new Logger(IdempotencyKeys.name);
  private readonly table: string;
  private readonly scope: string;
  private readonly leaseMs: number;
  private lastPurge = 0;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE_OPTIONS) options: EventStoreModuleOptions,
    @Inject(SERVICE_NAME) serviceName: string,
  ) {
    this.table = `${quoteIdent(options.schema ?? 'public')}.idempotency_keys`;
    this.scope = options.idempotency?.scope ?? serviceName;
    this.leaseMs = options.idempotency?.inFlightLeaseMs ?? DEFAULT_LEASE_MS;
  }

  scopeOf(actor: string): string {
    return `${this.scope}:${actor}`;
  }

  async claim(scope: string, key: string, requestHash: string): Promise<KeyClaim> {
    this.purgeNowAndThen();
    for (let round = 0; round < MAX_CLAIM_ROUNDS; round++) {
      const claimed = await this.pool.query(
        `INSERT INTO ${this.table} AS k (scope, key, request_hash) VALUES ($1, $2, $3)
         ON CONFLICT (scope, key) DO UPDATE
           SET request_hash = EXCLUDED.request_hash, status = NULL, response_headers = NULL, response_body = NULL,
               created_at = now(), completed_at = NULL
           WHERE k.created_at < now() - make_interval(secs => $5::double precision / 1000)
              OR (k.completed_at IS NULL AND k.request_hash = EXCLUDED.request_hash
                  AND k.created_at < now() - make_interval(secs => $4::double precision / 1000))
         RETURNING 1`,
        [scope, key, requestHash, this.leaseMs, RETENTION_MS],
      );
      if (claimed.rowCount === 1) return { kind: 'claimed' };
      const existing = await this.pool.query<{
        request_hash: string;
        status: number | null;
        response_headers: Record<string, string> | null;
        response_body: { value?: unknown } | null;
      }>(
        `SELECT request_hash, status, response_headers, response_body FROM ${this.table} WHERE scope = $1 AND key = $2`,
        [scope, key],
      );
      const row = existing.rows[0];
      // Released between our insert and select: claim again.
      if (!row) continue;
      if (row.status === null) return { kind: 'in-flight', requestHash: row.request_hash };
      return {
        kind: 'completed',
        requestHash: row.request_hash,
        response: { status: row.status, headers: row.response_headers ?? {}, body: row.response_body?.value },
      };
    }
    throw new Error(`idempotency key ${key} kept changing hands; giving up after ${MAX_CLAIM_ROUNDS} rounds`);
  }

  async complete(scope: string, key: string, response: StoredResponse): Promise<void> {
    await this.pool.query(
      `UPDATE ${this.table} SET status = $3, response_headers = $4, response_body = $5, completed_at = now()
       WHERE scope = $1 AND key = $2`,
      // Wrapped so `undefined` (no body) and JSON `null` both survive the round trip.
      [
        scope,
        key,
        response.status,
        JSON.stringify(response.headers),
        JSON.stringify({ value: response.body }),
      ],
    );
  }

  /** The first request failed: the key is free again, so the client's retry runs for real. */
  async release(scope: string, key: string): Promise<void> {
    await this.pool.query(
      `DELETE FROM ${this.table} WHERE scope = $1 AND key = $2 AND completed_at IS NULL`,
      [scope, key],
    );
  }

  private purgeNowAndThen(): void {
    const now = Date.now();
    if (now - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = now;
    this.pool
      .query(
        `DELETE FROM ${this.table} WHERE created_at < now() - make_interval(secs => $1::double precision / 1000)`,
        [RETENTION_MS],
      )
      .catch((error: unknown) =>
        this.logger.warn({ err: error, msg: 'purging expired idempotency keys failed' }),
      );
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
