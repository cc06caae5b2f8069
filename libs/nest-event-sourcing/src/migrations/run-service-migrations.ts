import pino from 'pino';
import { ServiceDataSource, type ServiceDataSourceOptions } from './service-data-source';

export type MigrationVerb = 'migration:run' | 'migration:show' | 'migration:revert';

const verbs: readonly MigrationVerb[] = ['migration:run', 'migration:show', 'migration:revert'];

export interface ServiceMigrations extends Omit<ServiceDataSourceOptions, 'pool' | 'url'> {
  readonly databaseUrl: string;
  readonly logLevel?: string;
}

/**
 * The entry point of a service's `migrate.js` (`node dist/apps/<service>/src/migrate.js [verb]`, run by
 * `npm start` and the release's migration job before the service starts): `migration:run` (the default)
 * applies what is pending, `migration:show` lists every migration and whether it is applied,
 * `migration:revert` undoes the last one. The same data source serves `typeorm <verb> -d
 * dist/apps/<service>/src/persistence/data-source.js`. Returns the exit code.
 */
export async function runServiceMigrations(migrations: ServiceMigrations, argv = process.argv.slice(2)): Promise<number> {
  const logger = pino({ name: `${migrations.service}-migrate`, level: migrations.logLevel ?? 'info' });
  const verb = (argv[0] ?? 'migration:run') as MigrationVerb;
  if (!verbs.includes(verb)) {
    logger.error(`unknown command ${argv[0]}: use one of ${verbs.join(', ')}`);
    return 64;
  }
  const dataSource = new ServiceDataSource({ ...migrations, url: migrations.databaseUrl });
  try {
    await dataSource.initialize();
    if (verb === 'migration:show') {
      const status = await dataSource.migrationStatus();
      for (const { name, applied } of status) process.stdout.write(`[${applied ? 'X' : ' '}] ${name}\n`);
      logger.info({ pending: status.filter((m) => !m.applied).length }, `${migrations.service} migrations listed`);
    } else if (verb === 'migration:revert') {
      await dataSource.undoLastMigration();
      logger.info(`${migrations.service}: the last migration was reverted`);
    } else {
      const applied = await dataSource.runMigrations();
      logger.info({ applied: applied.map((m) => m.name) }, `${migrations.service} migrations applied`);
    }
    return 0;
  } catch (error) {
    logger.error({ err: error }, `${migrations.service} ${verb} failed: ${(error as Error).message}`);
    return 1;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}
