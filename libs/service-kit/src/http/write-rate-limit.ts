import { DynamicModule, ExecutionContext, Injectable, Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { actorOf } from '../auth/request-actor';
import { rateLimitEnabled, type ServiceConfig } from '../config/service-config';
import { ProblemException } from '../errors/problem';
import type { HttpRequest, HttpResponse } from './express-types';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

const isRead = (context: ExecutionContext) =>
  context.getType() !== 'http' || READS.has(context.switchToHttp().getRequest<HttpRequest>().method ?? 'GET');

/**
 * Writes (POST, PUT, PATCH, DELETE) are limited per token subject and per client IP, each counted over
 * all routes of the service in a sliding window. Runs after the auth guard, so the subject is known. The
 * counts live in the process: with N replicas a client may reach N times the limit.
 */
@Injectable()
export class WriteRateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const retryAfter = Math.max(1, detail.timeToBlockExpire);
    context.switchToHttp().getResponse<HttpResponse>().setHeader('Retry-After', String(retryAfter));
    const who = detail.tracker.startsWith('subject:') ? 'this token subject' : 'this client address';
    throw new ProblemException({
      type: 'urn:product-ledger:problem:rate-limited',
      title: 'Too Many Requests',
      status: 429,
      detail: `More than ${detail.limit} writes from ${who} within ${detail.ttl / 1000} s; retry after ${retryAfter} s.`,
      retryAfterSeconds: retryAfter,
    });
  }
}

/** The throttler module and guard for the config, or nothing when write rate limiting is off. */
export function writeRateLimit(config: ServiceConfig): { imports: DynamicModule[]; providers: Provider[] } {
  if (!rateLimitEnabled(config)) return { imports: [], providers: [] };
  const ttl = config.RATE_LIMIT_WINDOW_MS;
  const ip = (request: Record<string, unknown>) => {
    const { ip: address, socket } = request as unknown as HttpRequest;
    return `ip:${address ?? socket.remoteAddress ?? 'unknown'}`;
  };
  return {
    imports: [
      ThrottlerModule.forRoot({
        skipIf: isRead,
        // One count per subject (or address) across every route, not one per route.
        generateKey: (_context, tracker, name) => `${name}:${tracker}`,
        throttlers: [
          {
            name: 'subject',
            ttl,
            limit: config.RATE_LIMIT_WRITES_PER_SUBJECT,
            getTracker: (request: Record<string, unknown>) => {
              const subject = actorOf(request)?.subject;
              return subject ? `subject:${subject}` : ip(request);
            },
          },
          {
            name: 'ip',
            ttl,
            limit: config.RATE_LIMIT_WRITES_PER_IP,
            getTracker: ip,
          },
        ],
      }),
    ],
    providers: [{ provide: APP_GUARD, useClass: WriteRateLimitGuard }],
  };
}
