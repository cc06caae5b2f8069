import './telemetry';
import { bootstrapService } from '@product-ledger/service-kit';
import { loadGatewayConfig } from './config';
import { gatewayAppOptions } from './gateway-app';

void bootstrapService(gatewayAppOptions(loadGatewayConfig()));
