import './telemetry';
import { bootstrapService } from '@product-ledger/service-kit';
import { loadLifecycleConfig } from './config';
import { LifecycleModule } from './lifecycle.module';

const config = loadLifecycleConfig();
void bootstrapService({ serviceName: 'lifecycle', module: LifecycleModule.forRoot(config), config });
