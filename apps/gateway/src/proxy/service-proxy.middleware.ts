import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import { ROOT_LOGGER, SERVICE_CONFIG } from '@product-ledger/service-kit';
import type { RequestHandler } from 'http-proxy-middleware';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { GatewayConfig } from '../config';
import { serviceProxy } from './service-proxy';
import { routeOf, upstreamNames, upstreamUrls, type UpstreamName } from './upstreams';

type Request = IncomingMessage & { originalUrl: string };

/** `/api/<service>/...` goes to that service with the prefix removed; everything else passes on. */
@Injectable()
export class ServiceProxyMiddleware implements NestMiddleware {
  private readonly proxies: Record<UpstreamName, RequestHandler>;

  constructor(@Inject(SERVICE_CONFIG) config: GatewayConfig, @Inject(ROOT_LOGGER) logger: Logger) {
    const urls = upstreamUrls(config);
    const proxyLogger = logger.child({ component: 'proxy' });
    this.proxies = Object.fromEntries(
      upstreamNames.map((name) => [
        name,
        serviceProxy(name, urls[name], config.PROXY_TIMEOUT_MS, proxyLogger),
      ]),
    ) as Record<UpstreamName, RequestHandler>;
  }

  use(request: Request, response: ServerResponse, next: (error?: unknown) => void): void {
    const route = routeOf(request.originalUrl);
    if (!route) return next();
    request.url = route.path;
    // The service logs the same request id as the gateway.
    const requestId = response.getHeader('x-request-id');
    if (typeof requestId === 'string') request.headers['x-request-id'] = requestId;
    void this.proxies[route.upstream](request, response, next);
  }
}
