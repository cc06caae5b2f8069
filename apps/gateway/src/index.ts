// The gateway's public face: what scripts and deployment checks may import.
export { GatewayModule } from './gateway.module';
export { gatewayConfigSchema, gatewayPort, loadGatewayConfig, type GatewayConfig } from './config';
