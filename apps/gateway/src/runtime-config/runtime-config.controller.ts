import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public, SERVICE_CONFIG } from '@product-ledger/service-kit';
import type { GatewayConfig } from '../config';
import { runtimeConfig, type RuntimeConfig } from './runtime-config';

/** `/config.json`: what the console needs to know at run time, so one build runs in every environment. */
@ApiExcludeController()
@Public()
@Controller()
export class RuntimeConfigController {
  private readonly body: RuntimeConfig;

  constructor(@Inject(SERVICE_CONFIG) config: GatewayConfig) {
    this.body = runtimeConfig(config);
  }

  @Get('config.json')
  @Header('cache-control', 'no-cache')
  get(): RuntimeConfig {
    return this.body;
  }
}
