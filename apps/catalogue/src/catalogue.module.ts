import { Module, type DynamicModule } from '@nestjs/common';
import { catalogueContracts, lifecycleContracts } from '@product-ledger/contracts';
import { EventStoreModule } from '@product-ledger/nest-event-sourcing';
import { ProductAccess, STEWARDS_SOURCE } from '@product-ledger/product-access';
import { ServiceKitModule } from '@product-ledger/service-kit';
import { ProductLinesController } from './api/product-lines/product-lines.controller';
import { ProductsController } from './api/products/products.controller';
import { retireOnWithdrawal } from './application/policies/retire-on-withdrawal.policy';
import { CatalogueReader } from './application/queries/catalogue-reader';
import { CatalogueStewards } from './application/queries/catalogue-stewards';
import { onDeploymentTopics, topicsOf } from './catalogue-topics';
import type { CatalogueConfig } from './config';
import { catalogueReadModel } from './projections/catalogue-read-model';
import { catalogueMigrations } from './persistence/catalogue-migrations';

/** The catalogue service: product lines and products, their events, read models and policies. */
@Module({})
export class CatalogueModule {
  static forRoot(config: CatalogueConfig): DynamicModule {
    const topics = topicsOf(config);
    return {
      module: CatalogueModule,
      imports: [
        ServiceKitModule.forRoot({ serviceName: 'catalogue', config }),
        EventStoreModule.forRoot({
          migrations: catalogueMigrations,
          // What the catalogue appends, and what it consumes (lifecycle's ProductWithdrawn).
          contracts: onDeploymentTopics([...catalogueContracts, ...lifecycleContracts], topics),
          relay: { enabled: true, source: 'product-ledger/catalogue', partitions: config.RELAY_PARTITIONS },
          projections: [
            catalogueReadModel(config.KAFKA_GROUP_PREFIX, [
              config.CATALOGUE_PRODUCT_LINE_TOPIC,
              config.CATALOGUE_PRODUCT_TOPIC,
            ]),
          ],
          consumers: [retireOnWithdrawal(config.KAFKA_GROUP_PREFIX, config.LIFECYCLE_TOPIC)],
        }),
      ],
      controllers: [ProductLinesController, ProductsController],
      providers: [
        CatalogueReader,
        CatalogueStewards,
        { provide: STEWARDS_SOURCE, useExisting: CatalogueStewards },
        ProductAccess,
      ],
    };
  }
}
