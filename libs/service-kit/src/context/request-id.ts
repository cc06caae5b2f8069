import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const REQUEST_ID = Symbol('product-ledger:request-id');
// Bounded and printable, so a client cannot stuff logs through the header.
const ACCEPTED_ID = /^[\w.:-]{1,128}$/;

/**
 * The request's id: the caller's `x-request-id` when it is sane, else a new UUID; echoed back in the
 * response. Idempotent, so pino-http and the context middleware agree whichever runs first.
 */
export function ensureRequestId(request: IncomingMessage, response: ServerResponse): string {
  const holder = request as IncomingMessage & { [REQUEST_ID]?: string };
  if (holder[REQUEST_ID]) return holder[REQUEST_ID];
  const header = request.headers['x-request-id'];
  const given = Array.isArray(header) ? header[0] : header;
  const id = given && ACCEPTED_ID.test(given) ? given : randomUUID();
  holder[REQUEST_ID] = id;
  if (!response.headersSent) response.setHeader('x-request-id', id);
  return id;
}
