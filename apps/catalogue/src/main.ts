import './telemetry';
import { bootstrapService } from '@product-ledger/service-kit';
import { CatalogueModule } from './catalogue.module';
import { loadCatalogueConfig } from './config';

const config = loadCatalogueConfig();
void bootstrapService({ serviceName: 'catalogue', module: CatalogueModule.forRoot(config), config });
