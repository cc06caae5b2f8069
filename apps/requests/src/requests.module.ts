import { Module, type DynamicModule } from '@nestjs/common';
import {
  lifecycleContracts,
  productContracts,
  productLineContracts,
  requestsContracts,
} from '@product-ledger/contracts';
import { EventStoreModule } from '@product-ledger/nest-event-sourcing';
import {
  ProductAccess,
  productStewardsProjection,
  readModelStewardsProvider,
} from '@product-ledger/product-access';
import { ServiceKitModule } from '@product-ledger/service-kit';
import { RequestTriageController } from './api/request-triage.controller';
import { RequestsController } from './api/requests.controller';
import { catalogueProductsConsumer } from './application/policies/catalogue-products.consumer';
import { productWithdrawalsConsumer } from './application/policies/product-withdrawals.consumer';
import { onDeploymentTopics, requestsTopology } from './application/policies/requests-topology';
import { RequestAccess } from './application/policies/request-access';
import { RequestReader } from './application/queries/request-reader';
import type { RequestsConfig } from './config';
import { requestListProjection } from './projections/request-list.projection';
import { requestsMigrations } from './persistence/requests-migrations';

/** The requests service: intake, triage and decisions on requests, their events, read model and policies. */
@Module({})
export class RequestsModule {
  static forRoot(config: RequestsConfig): DynamicModule {
    const topology = requestsTopology(config);
    return {
      module: RequestsModule,
      imports: [
        ServiceKitModule.forRoot({ serviceName: 'requests', config }),
        EventStoreModule.forRoot({
          migrations: requestsMigrations,
          // What requests appends, and what it consumes (the catalogue's products, lifecycle's withdrawals).
          contracts: onDeploymentTopics(
            [...requestsContracts, ...productContracts, ...productLineContracts, ...lifecycleContracts],
            topology,
          ),
          relay: { enabled: true, source: 'product-ledger/requests', partitions: config.RELAY_PARTITIONS },
          projections: [
            requestListProjection(topology),
            // Who may change which product (the ownership rule), in a consumer group of its own (a service
            // upgraded to it reads the catalogue's topics from the beginning and knows every product).
            productStewardsProjection({
              groupId: topology.groupId('product-stewards'),
              productTopic: topology.catalogueProductTopic,
              productLineTopic: topology.catalogueProductLineTopic,
            }),
          ],
          consumers: [catalogueProductsConsumer(topology), productWithdrawalsConsumer(topology)],
        }),
      ],
      controllers: [RequestsController, RequestTriageController],
      providers: [
        RequestReader,
        RequestAccess,
        readModelStewardsProvider,
        ProductAccess,
      ],
    };
  }
}
