import './telemetry';
import { bootstrapService } from '@product-ledger/service-kit';
import { AnalyticsModule } from './analytics.module';
import { loadAnalyticsConfig } from './config';

const config = loadAnalyticsConfig();
void bootstrapService({ serviceName: 'analytics', module: AnalyticsModule.forRoot(config), config });
