import { createProxyMiddleware, debugProxyErrorsPlugin, type RequestHandler } from 'http-proxy-middleware';
import { Agent, type ClientRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { writeProblem } from './gateway-problem';
import type { UpstreamName } from './upstreams';

const TIMED_OUT = Symbol('product-ledger:proxy-timed-out');
type Marked = IncomingMessage & { [TIMED_OUT]?: boolean };

/**
 * One service behind the gateway. Request and response bodies stream through untouched (status, headers,
 * problem+json and CSV alike); a service that does not answer gives 502, one that stays silent for
 * `timeoutMs` gives 504, both as problem+json.
 */
export function serviceProxy(
  upstream: UpstreamName,
  target: string,
  timeoutMs: number,
  logger: Logger,
): RequestHandler {
  return createProxyMiddleware<IncomingMessage, ServerResponse>({
    target,
    // Connections to the service are kept and reused: a new TCP connection per call would cost more than
    // the proxying itself.
    agent: new Agent({ keepAlive: true, maxSockets: 256 }),
    changeOrigin: true,
    xfwd: true,
    // The default plugins would answer errors in plain text and log to the console.
    ejectPlugins: true,
    plugins: [
      debugProxyErrorsPlugin,
      (proxyServer) => {
        proxyServer.on('proxyReq', (proxyRequest: ClientRequest, request: Marked) => {
          proxyRequest.setTimeout(timeoutMs, () => {
            request[TIMED_OUT] = true;
            proxyRequest.destroy();
          });
        });
        proxyServer.on('error', (error, request: Marked, response) => {
          // A WebSocket upgrade hands a socket here, not a response; the gateway proxies no WebSockets.
          const serverResponse = response as ServerResponse;
          if (typeof serverResponse.setHeader !== 'function') return;
          if (request[TIMED_OUT]) {
            logger.warn({ upstream, url: request.url }, 'service did not answer in time');
            writeProblem(
              request,
              serverResponse,
              504,
              'Gateway Timeout',
              `The ${upstream} service did not answer within ${timeoutMs} ms.`,
            );
            return;
          }
          logger.warn({ upstream, err: error }, 'service unreachable');
          writeProblem(
            request,
            serverResponse,
            502,
            'Bad Gateway',
            `The ${upstream} service is not reachable right now.`,
          );
        });
      },
    ],
  });
}
