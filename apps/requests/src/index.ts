// The requests service's public face: what scripts and deployment checks (Helm env test) may import.
export { RequestsModule } from './requests.module';
export { loadRequestsConfig, requestsConfigSchema, requestsPort, type RequestsConfig } from './config';
