import './telemetry';
import { bootstrapService } from '@product-ledger/service-kit';
import { loadRequestsConfig } from './config';
import { RequestsModule } from './requests.module';

const config = loadRequestsConfig();
void bootstrapService({ serviceName: 'requests', module: RequestsModule.forRoot(config), config });
