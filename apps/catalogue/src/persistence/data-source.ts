// The catalogue service's data source for TypeORM's CLI, e.g. after `npm run build`:
//   npx typeorm migration:show -d dist/apps/catalogue/src/persistence/data-source.js
// (`migration:run`, `migration:revert` likewise; DATABASE_URL as for the service). The service itself runs
// the same migrations at start, on its own pool.
import { ServiceDataSource } from '@product-ledger/nest-event-sourcing';
import { loadCatalogueConfig } from '../config';
import { catalogueMigrations } from './catalogue-migrations';

export const dataSource = new ServiceDataSource({
  service: 'catalogue',
  migrations: catalogueMigrations,
  url: loadCatalogueConfig().DATABASE_URL,
});
