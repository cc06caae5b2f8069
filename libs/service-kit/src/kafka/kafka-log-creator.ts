import { logLevel, LogEntry, logCreator } from 'kafkajs';
import type { Logger, LevelWithSilent } from 'pino';

/** Routes kafkajs' own logging into pino, so broker trouble shows up in the service's JSON logs. */
export function kafkaLogCreator(root: Logger): logCreator {
  return () => {
    const logger = root.child({ component: 'kafkajs' });
    return ({ level, log }: LogEntry) => {
      const { message, ...fields } = log;
      const method = pinoMethod(level);
      if (method) logger[method](fields, message);
    };
  };
}

/** kafkajs is chatty at INFO (every join and commit); follow pino only when it asks for debug. */
export function kafkaLogLevel(level: LevelWithSilent): logLevel {
  if (level === 'silent') return logLevel.NOTHING;
  if (level === 'debug' || level === 'trace') return logLevel.DEBUG;
  if (level === 'error' || level === 'fatal') return logLevel.ERROR;
  return logLevel.WARN;
}

function pinoMethod(level: logLevel): 'error' | 'warn' | 'info' | 'debug' | undefined {
  switch (level) {
    case logLevel.ERROR:
      return 'error';
    case logLevel.WARN:
      return 'warn';
    case logLevel.INFO:
      return 'info';
    case logLevel.DEBUG:
      return 'debug';
    default:
      return undefined;
  }
}
