// The lifecycle service's public face: what scripts and deployment checks (Helm env test) may import.
export { LifecycleModule } from './lifecycle.module';
export { lifecycleConfigSchema, lifecyclePort, loadLifecycleConfig, type LifecycleConfig } from './config';
