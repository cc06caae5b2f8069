import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import type { Logger } from 'pino';
import { writeProblem } from './gateway-problem';
import type { UpstreamName } from './upstreams';

/** Sends `request` on to the service at `path`; answers the caller with what the service answers. */
export type ServiceProxy = (
  request: IncomingMessage & { originalUrl?: string },
  response: ServerResponse,
  path: string,
) => void;

// Hop-by-hop: they describe one connection, not the message, and each side sets its own.
const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
];

/**
 * One service behind the gateway, on Node's http client (no proxy library: the hop is the whole cost of a
 * proxied call). Request and response bodies stream through untouched (status, headers, problem+json and
 * CSV alike); a service that does not answer gives 502, one that stays silent for `timeoutMs` gives 504,
 * both as problem+json. The Host header names the service; X-Forwarded-For/-Port/-Proto/-Host name the
 * caller.
 */
export function serviceProxy(
  upstream: UpstreamName,
  target: string,
  timeoutMs: number,
  logger: Logger,
): ServiceProxy {
  const url = new URL(target);
  const secure = url.protocol === 'https:';
  const client = secure ? https : http;
  // Connections to the service are kept and reused: a new TCP connection per call would cost more than
  // the proxying itself.
  const agent = new client.Agent({ keepAlive: true, maxSockets: 256 });
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = url.port || (secure ? 443 : 80);
  const basePath = url.pathname.replace(/\/$/, '');

  return (request, response, path) => {
    const headers: IncomingHttpHeaders = { ...request.headers };
    for (const name of HOP_BY_HOP) delete headers[name];
    headers.host = url.host;
    forwardedFor(request, headers);

    let settled = false;
    const proxyRequest = client.request({
      hostname,
      port,
      method: request.method,
      path: basePath + path,
      headers,
      agent,
    });
    proxyRequest.setTimeout(timeoutMs, () => {
      if (settled) return proxyRequest.destroy();
      settled = true;
      proxyRequest.destroy();
      logger.warn({ upstream, url: request.url }, 'service did not answer in time');
      writeProblem(
        request,
        response,
        504,
        'Gateway Timeout',
        `The ${upstream} service did not answer within ${timeoutMs} ms.`,
      );
    });
    proxyRequest.on('error', (error) => {
      if (settled) return;
      settled = true;
      logger.warn({ upstream, err: error }, 'service unreachable');
      writeProblem(
        request,
        response,
        502,
        'Bad Gateway',
        `The ${upstream} service is not reachable right now.`,
      );
    });
    proxyRequest.on('response', (upstreamResponse) => {
      if (settled) return upstreamResponse.destroy();
      const answer = upstreamResponse.headers;
      for (const name of HOP_BY_HOP) delete answer[name];
      response.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.statusMessage, answer);
      upstreamResponse.on('error', () => response.destroy());
      upstreamResponse.pipe(response);
      // Headers are out: a timeout or failure from here on can only cut the response short.
      settled = true;
    });
    // A caller that goes away mid-call frees the service's connection too.
    response.on('close', () => {
      if (!response.writableFinished) {
        settled = true;
        proxyRequest.destroy();
      }
    });
    request.on('error', () => proxyRequest.destroy());
    request.pipe(proxyRequest);
  };
}

/** X-Forwarded-* as http-proxy's `xfwd` wrote them: appended to what an earlier proxy sent. */
function forwardedFor(request: IncomingMessage, headers: IncomingHttpHeaders): void {
  const encrypted = Boolean((request.socket as TLSSocket).encrypted);
  const hostHeader = request.headers.host ?? '';
  const hostPort = /:(\d+)$/.exec(hostHeader)?.[1];
  const values = {
    for: request.socket.remoteAddress ?? '',
    port: hostPort ?? (encrypted ? '443' : '80'),
    proto: encrypted ? 'https' : 'http',
  };
  for (const [key, value] of Object.entries(values)) {
    const name = `x-forwarded-${key}`;
    const earlier = headers[name];
    headers[name] = earlier ? `${String(earlier)},${value}` : value;
  }
  headers['x-forwarded-host'] ??= hostHeader;
}
