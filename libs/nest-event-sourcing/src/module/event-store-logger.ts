import { Logger } from '@nestjs/common';
import type { EventStoreLogger } from '@product-ledger/event-store';

/** The core's logger port on Nest's Logger, which the kit routes to pino. */
export function eventStoreLogger(context: string): EventStoreLogger {
  const logger = new Logger(context);
  return {
    info: (object, message) => logger.log({ ...object, msg: message }),
    warn: (object, message) => logger.warn({ ...object, msg: message }),
    error: (object, message) => logger.error({ ...object, msg: message }),
    debug: (object, message) => logger.debug({ ...object, msg: message }),
  };
}
