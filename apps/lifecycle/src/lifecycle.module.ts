import { Module, type DynamicModule } from '@nestjs/common';
import { catalogueContracts, lifecycleContracts } from '@product-ledger/contracts';
import { EventStoreModule } from '@product-ledger/nest-event-sourcing';
import {
  ProductAccess,
  productStewardsProjection,
  readModelStewardsProvider,
} from '@product-ledger/product-access';
import { ServiceKitModule } from '@product-ledger/service-kit';
import { GateReviewsController } from './api/gate-reviews.controller';
import { LifecyclesController } from './api/lifecycles.controller';
import { PlaybookController } from './api/playbook.controller';
import { ConsumedTopics } from './application/consumed-topics';
import { startLifecycles } from './application/policies/start-lifecycles.policy';
import { LifecycleReader } from './application/queries/lifecycle-reader';
import type { LifecycleConfig } from './config';
import { onDeploymentTopics } from './lifecycle-topics';
import { lifecycleReadModel } from './projections/lifecycle-read-model';
import { lifecycleMigrations } from './persistence/lifecycle-migrations';

/** The lifecycle service: lifecycles, gate reviews, the playbook, their events, read model and policy. */
@Module({})
export class LifecycleModule {
  static forRoot(config: LifecycleConfig): DynamicModule {
    return {
      module: LifecycleModule,
      imports: [
        ServiceKitModule.forRoot({ serviceName: 'lifecycle', config }),
        EventStoreModule.forRoot({
          migrations: lifecycleMigrations,
          // What the lifecycle service appends, and what it consumes (the catalogue's product events).
          contracts: onDeploymentTopics([...lifecycleContracts, ...catalogueContracts], config),
          relay: { enabled: true, source: 'product-ledger/lifecycle', partitions: config.RELAY_PARTITIONS },
          projections: [
            lifecycleReadModel(config.KAFKA_GROUP_PREFIX, config.LIFECYCLE_TOPIC),
            // Who may change which product (the ownership rule). A consumer group of its own, so a service
            // upgraded to it reads the catalogue's topics from the beginning and knows every product.
            productStewardsProjection({
              groupId: `${config.KAFKA_GROUP_PREFIX}.product-stewards`,
              productTopic: config.CATALOGUE_PRODUCT_TOPIC,
              productLineTopic: config.CATALOGUE_PRODUCT_LINE_TOPIC,
            }),
          ],
          consumers: [startLifecycles(config.KAFKA_GROUP_PREFIX, config.CATALOGUE_PRODUCT_TOPIC)],
        }),
      ],
      controllers: [LifecyclesController, GateReviewsController, PlaybookController],
      providers: [
        ConsumedTopics,
        LifecycleReader,
        readModelStewardsProvider,
        ProductAccess,
      ],
    };
  }
}
