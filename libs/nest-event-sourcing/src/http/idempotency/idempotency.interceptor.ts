import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { getRequestContext, problem } from '@product-ledger/service-kit';
import { catchError, from, mergeMap, of, type Observable } from 'rxjs';
import { IdempotencyKeys, type StoredResponse } from './idempotency-keys';
import { requestFingerprint } from './request-fingerprint';

interface HttpRequest {
  method: string;
  originalUrl?: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  [HANDLED]?: true;
}

interface HttpResponse {
  statusCode: number;
  status(code: number): unknown;
  setHeader(name: string, value: string): unknown;
  getHeader(name: string): unknown;
}

const HANDLED = Symbol('product-ledger:idempotency-handled');
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;
/** Headers of the first response a replay repeats: where the resource is and which version it is at. */
const REPLAYED_HEADERS = ['location', 'etag'] as const;

/**
 * `Idempotency-Key` on POSTs: the first request runs and its response is stored; a retry with the same
 * key and the same request gets that response again (nothing runs twice); the same key with another
 * request is a 422; a retry while the first is still running is a 409. A failed first request frees the
 * key. Apply globally (APP_INTERCEPTOR) or per route with `@Idempotent()`; it acts once per request.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger(IdempotencyInterceptor.name);

  constructor(private readonly keys: IdempotencyKeys) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const response = context.switchToHttp().getResponse<HttpResponse>();
    const header = request.headers['idempotency-key'];
    if (request.method !== 'POST' || header === undefined || request[HANDLED]) return next.handle();
    request[HANDLED] = true;

    const key = Array.isArray(header) ? header.join(',') : header;
    if (!KEY_FORMAT.test(key)) {
      problem(400, 'Bad Request', 'Idempotency-Key must be 1 to 255 visible ASCII characters.', {
        errors: [{ path: 'headers.idempotency-key', message: 'expected 1-255 visible ASCII characters' }],
      });
    }
    const scope = this.keys.scopeOf(getRequestContext()?.actor?.subject ?? 'anonymous');
    const requestHash = requestFingerprint(request.method, request.originalUrl ?? request.url, request.body);
    const claim = await this.keys.claim(scope, key, requestHash);

    if (claim.kind !== 'claimed' && claim.requestHash !== requestHash) {
      problem(
        422,
        'Unprocessable Content',
        'This Idempotency-Key was already used for a different request.',
        {
          type: 'urn:product-ledger:problem:idempotency_key.reused',
          code: 'idempotency_key.reused',
        },
      );
    }
    if (claim.kind === 'in-flight') {
      problem(409, 'Conflict', 'A request with this Idempotency-Key is still being processed; retry later.', {
        type: 'urn:product-ledger:problem:idempotency_key.in_flight',
        code: 'idempotency_key.in_flight',
      });
    }
    if (claim.kind === 'completed') return of(replay(claim.response, response));

    return next.handle().pipe(
      mergeMap((body) => from(this.remember(scope, key, response, body))),
      catchError((error: unknown) =>
        from(
          this.keys
            .release(scope, key)
            .catch((releaseError: unknown) => this.logReleaseFailure(key, releaseError)),
        ).pipe(
          mergeMap(() => {
            throw error;
          }),
        ),
      ),
    );
  }

  private async remember(
    scope: string,
    key: string,
    response: HttpResponse,
    body: unknown,
  ): Promise<unknown> {
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = response.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    const stored: StoredResponse = { status: response.statusCode, headers, body };
    try {
      await this.keys.complete(scope, key, stored);
    } catch (error) {
      // The command is done; failing the response now would make the client retry a write that happened.
      this.logger.error({ err: error, msg: `storing the response of idempotency key ${key} failed` });
    }
    return body;
  }

  private logReleaseFailure(key: string, error: unknown): void {
    this.logger.error({
      err: error,
      msg: `releasing idempotency key ${key} failed; it frees itself after the lease`,
    });
  }
}

function replay(stored: StoredResponse, response: HttpResponse): unknown {
  response.status(stored.status);
  for (const [name, value] of Object.entries(stored.headers)) response.setHeader(name, value);
  response.setHeader('Idempotent-Replayed', 'true');
  return stored.body;
}
