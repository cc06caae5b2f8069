/**
 * Errors that say nothing about the message: the database connection dropped, the server is shutting
 * down, a deadlock or serialization failure. The whole batch is retried for these; they never send a
 * message to the dead-letter topic.
 */
const TRANSIENT_CLASSES = ['08', '53', '57', '58'];
const TRANSIENT_CODES = new Set(['40001', '40P01', '55P03']);
const CONNECTION_MESSAGE = /connection (terminated|ended|refused|reset)|not queryable|ECONNRESET|ECONNREFUSED|EPIPE|terminating connection/i;

export function isTransientDatabaseError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
    return TRANSIENT_CODES.has(code) || TRANSIENT_CLASSES.includes(code.slice(0, 2));
  }
  return CONNECTION_MESSAGE.test(error.message);
}
