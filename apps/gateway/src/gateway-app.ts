import type { ServiceAppOptions } from '@product-ledger/service-kit';
import { ROOT_LOGGER } from '@product-ledger/service-kit';
import type { Logger } from 'pino';
import type { GatewayConfig } from './config';
import { GatewayModule } from './gateway.module';
import { serviceProxyHandler } from './proxy/service-proxy.handler';

/** How main.ts (and the tests) create the gateway. */
export function gatewayAppOptions(config: GatewayConfig): ServiceAppOptions {
  return {
    serviceName: 'gateway',
    module: GatewayModule.forRoot(config),
    config,
    // Bodies stay unread: the proxy streams them to the services byte for byte.
    bodyParser: false,
    // The proxy runs ahead of Nest's pipeline: a proxied call costs little more than the hop itself.
    mountFirst: (app) => app.use(serviceProxyHandler(config, app.get<Logger>(ROOT_LOGGER))),
  };
}
