import { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { ServiceConfig } from '../config/service-config';
import { OpenApiInfo, setUpOpenApi } from './openapi';

export interface ServiceAppOptions {
  serviceName: string;
  /** The service's root module; it imports `ServiceKitModule.forRoot(...)`. */
  module: Type<unknown> | DynamicModule;
  config: ServiceConfig;
  openApi?: OpenApiInfo;
  /** Largest JSON or form body accepted (body-parser syntax); default '1mb'. Larger bodies get 413. */
  bodyLimit?: string;
  /** false leaves request bodies unread (a proxy streams them on as they came); default true. */
  bodyParser?: boolean;
}

/** The configured application, not yet listening (tests call `app.listen(0)`). */
export async function createServiceApp({
  serviceName,
  module,
  openApi,
  bodyParser = true,
}: ServiceAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(module, { bufferLogs: true, bodyParser });
  app.useLogger(app.get(Logger));
  app.flushLogs();
  // Responses are built per request; a cached 304 on an API only hides changes from clients.
  app.set('etag', false);
  app.disable('x-powered-by');
  setUpOpenApi(app, serviceName, openApi);
  return app;
}
