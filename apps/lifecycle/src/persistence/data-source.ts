// The lifecycle service's data source for TypeORM's CLI, e.g. after `npm run build`:
//   npx typeorm migration:show -d dist/apps/lifecycle/src/persistence/data-source.js
// (`migration:run`, `migration:revert` likewise; DATABASE_URL as for the service). The service itself runs
// the same migrations at start, on its own pool.
import { ServiceDataSource } from '@product-ledger/nest-event-sourcing';
import { loadLifecycleConfig } from '../config';
import { lifecycleMigrations } from './lifecycle-migrations';

export const dataSource = new ServiceDataSource({
  service: 'lifecycle',
  migrations: lifecycleMigrations,
  url: loadLifecycleConfig().DATABASE_URL,
});
