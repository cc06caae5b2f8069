import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { flushTelemetry } from '../telemetry/telemetry-flush';
import { createServiceApp, ServiceAppOptions } from './create-service-app';
import { shutdownGracefully } from './shutdown-gracefully';

export type BootstrapOptions = ServiceAppOptions;

/** Creates the service, listens on config.PORT and stops gracefully on SIGTERM or SIGINT (exit 0). */
export async function bootstrapService(options: BootstrapOptions): Promise<NestExpressApplication> {
  const logger = new Logger('Bootstrap');
  try {
    return await start(options, logger);
  } catch (error) {
    // A service that cannot start (port taken, module wiring broken) says why once and exits.
    logger.error({ err: error }, `${options.serviceName} failed to start`);
    process.exit(1);
  }
}

async function start(options: BootstrapOptions, logger: Logger): Promise<NestExpressApplication> {
  const app = await createServiceApp(options);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received, draining`);
    const force = setTimeout(() => {
      logger.error(`shutdown took longer than ${options.config.SHUTDOWN_TIMEOUT_MS} ms, exiting`);
      process.exit(1);
    }, options.config.SHUTDOWN_TIMEOUT_MS);
    force.unref();
    shutdownGracefully(app)
      .then(flushTelemetry)
      .then(
        () => {
          logger.log('stopped');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  await app.listen(options.config.PORT);
  logger.log(`${options.serviceName} listening on port ${options.config.PORT}`);
  return app;
}
