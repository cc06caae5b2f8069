import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import type { Options } from 'pino-http';
import type { Params } from 'nestjs-pino';
import { ensureRequestId } from '../context/request-id';

const QUIET_PATHS = /^\/(health|metrics)(\/|$|\?)/;

/** pino-http settings: one line per request, keyed by the request id; probes and scrapes stay quiet. */
export function httpLoggingOptions(logger: Logger): Options {
  return {
    logger,
    genReqId: (request, response) => ensureRequestId(request, response),
    autoLogging: { ignore: (request: IncomingMessage) => QUIET_PATHS.test(request.url ?? '') },
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
  };
}

/** nestjs-pino settings: the request log above. */
export function httpLoggingParams(logger: Logger): Params {
  return { pinoHttp: httpLoggingOptions(logger) };
}
