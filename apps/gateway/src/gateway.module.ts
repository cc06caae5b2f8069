import { Inject, MiddlewareConsumer, Module, NestModule, type DynamicModule } from '@nestjs/common';
import { SERVICE_CONFIG, ServiceKitModule } from '@product-ledger/service-kit';
import express from 'express';
import type { GatewayConfig } from './config';
import { ConsoleFilesMiddleware } from './console-files/console-files.middleware';
import { DevTokenController } from './dev-token/dev-token.controller';
import { LiveConsumer } from './live/live-consumer';
import { LiveEventsController } from './live/live-events.controller';
import { NoticeFeed } from './live/notice-feed';
import { RuntimeConfigController } from './runtime-config/runtime-config.controller';

/**
 * The gateway: one origin for the console. It serves the console's files and /config.json, proxies
 * /api/<service>/ to the four services, streams live change notices, and mints dev tokens in development.
 */
@Module({})
export class GatewayModule implements NestModule {
  constructor(@Inject(SERVICE_CONFIG) private readonly config: GatewayConfig) {}

  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [ServiceKitModule.forRoot({ serviceName: 'gateway', config, database: false })],
      controllers: [
        RuntimeConfigController,
        LiveEventsController,
        ...(config.AUTH_MODE === 'development' ? [DevTokenController] : []),
      ],
      providers: [NoticeFeed, LiveConsumer, ConsoleFilesMiddleware],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // `/api/<service>/*` never gets here: the proxy is mounted ahead of Nest (see gateway-app.ts).
    consumer.apply(ConsoleFilesMiddleware).forRoutes('{*path}');
    // The app reads no bodies (the proxy streams them); the dev sign-in is the one JSON body it takes.
    if (this.config.AUTH_MODE === 'development')
      consumer.apply(express.json({ limit: '10kb' })).forRoutes('auth/dev-token');
  }
}
