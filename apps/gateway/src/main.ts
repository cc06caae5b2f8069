import './telemetry';
import { bootstrapService } from '@product-ledger/service-kit';
import { loadGatewayConfig } from './config';
import { GatewayModule } from './gateway.module';

const config = loadGatewayConfig();
// Bodies stay unread: the proxy streams them to the services byte for byte.
void bootstrapService({
  serviceName: 'gateway',
  module: GatewayModule.forRoot(config),
  config,
  bodyParser: false,
});
