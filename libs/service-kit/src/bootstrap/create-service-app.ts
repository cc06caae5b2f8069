import { DynamicModule, Logger as NestLogger, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { describeAuth } from '../auth/token-verifier';
import { ServiceConfig } from '../config/service-config';
import { OpenApiInfo, setUpOpenApi } from './openapi';

export interface ServiceAppOptions {
  serviceName: string;
  /** The service's root module; it imports `ServiceKitModule.forRoot(...)`. */
  module: Type<unknown> | DynamicModule;
  config: ServiceConfig;
  openApi?: OpenApiInfo;
  /** false leaves request bodies unread (a proxy streams them on as they came); default true. */
  bodyParser?: boolean;
  /**
   * Mounts plain Express handlers ahead of everything Nest adds at init (its middleware, router, guards,
   * interceptors, pipes and filters): a hot path that needs none of it, such as the gateway's proxy.
   */
  mountFirst?: (app: NestExpressApplication) => void;
}

/** The configured application, not yet listening (tests call `app.listen(0)`). */
export async function createServiceApp({
  serviceName,
  module,
  config,
  openApi,
  bodyParser = true,
  mountFirst,
}: ServiceAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, { bufferLogs: true, bodyParser });
  app.useLogger(app.get(Logger));
  app.flushLogs();
  // Registered before Nest adds its own parsers at init, so these (with the configured limit) are the ones
  // that run; a larger body is refused with 413 problem+json before any route sees it.
  if (bodyParser) {
    app.useBodyParser('json', { limit: config.BODY_LIMIT });
    app.useBodyParser('urlencoded', { limit: config.BODY_LIMIT, extended: true });
  }
  // Behind the ingress the socket address is the proxy's: the client IP (rate limits, logs) comes from
  // X-Forwarded-For, trusted only for the configured number of hops.
  app.set('trust proxy', config.TRUST_PROXY_HOPS);
  // Responses are built per request; a cached 304 on an API only hides changes from clients.
  app.set('etag', false);
  app.disable('x-powered-by');
  // Nest registers its middleware and routes at init (app.listen); these come before them.
  mountFirst?.(app);
  setUpOpenApi(app, serviceName, openApi);
  new NestLogger('Auth').log(describeAuth(config));
  return app;
}
