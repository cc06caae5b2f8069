/** The logging the library needs; a pino logger fits as is. Silent when none is given. */
export interface EventStoreLogger {
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
  error(object: object, message?: string): void;
  debug?(object: object, message?: string): void;
}

export const silentLogger: EventStoreLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };
