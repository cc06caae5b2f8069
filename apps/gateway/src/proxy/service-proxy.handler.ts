import { ensureRequestId, httpLoggingOptions, httpRequestDuration } from '@product-ledger/service-kit';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { GatewayConfig } from '../config';
import { serviceProxy, type ServiceProxy } from './service-proxy';
import { routeOf, upstreamNames, upstreamUrls, type UpstreamName } from './upstreams';

type Next = (error?: unknown) => void;

/**
 * `/api/<service>/...` goes to that service with the prefix removed; everything else passes on.
 *
 * A plain Express handler mounted ahead of Nest (`mountFirst`): a proxied call needs none of Nest's
 * pipeline (the services check tokens, validate and answer problems themselves), so it skips the
 * middleware chain, router, guards and interceptors. It keeps what the kit's middleware gives every call:
 * the request id (echoed and sent on), the request log line and the request-duration metric.
 */
export function serviceProxyHandler(config: GatewayConfig, logger: Logger) {
  const urls = upstreamUrls(config);
  const proxyLogger = logger.child({ component: 'proxy' });
  const proxies = Object.fromEntries(
    upstreamNames.map((name) => [name, serviceProxy(name, urls[name], config.PROXY_TIMEOUT_MS, proxyLogger)]),
  ) as Record<UpstreamName, ServiceProxy>;
  const metricRoutes = Object.fromEntries(upstreamNames.map((name) => [name, `/api/${name}/*`])) as Record<
    UpstreamName,
    string
  >;
  const requestLog = pinoHttp(httpLoggingOptions(logger));

  return (request: IncomingMessage, response: ServerResponse, next: Next): void => {
    const url = request.url ?? '/';
    // Most of what the gateway serves is not proxied: one cheap test before the route is parsed.
    if (!url.startsWith('/api/')) return next();
    const route = routeOf(url);
    if (!route) return next();
    // The service logs the same request id as the gateway (and the caller gets it back).
    request.headers['x-request-id'] = ensureRequestId(request, response);
    const method = request.method ?? 'GET';
    const stop = httpRequestDuration.startTimer();
    response.once('finish', () => {
      stop({ method, route: metricRoutes[route.upstream], status_code: String(response.statusCode) });
    });
    requestLog(request, response);
    proxies[route.upstream](request, response, route.path);
  };
}
