import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { currentSession, saveSession } from '../auth/session';
import { ApiProblem } from './api-problem';

/** Every call carries the signed-in person's token; a 401 ends the session (the sign-in page follows). */
const bearer: Middleware = {
  onRequest({ request }) {
    const session = currentSession();
    if (session) request.headers.set('authorization', `Bearer ${session.token}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) saveSession(undefined);
    return response;
  },
};

/** A typed client for one service behind the gateway (`/api/<service>`). */
export function serviceClient<Paths extends object>(service: string): Client<Paths> {
  const client = createClient<Paths>({ baseUrl: `${window.location.origin}/api/${service}` });
  client.use(bearer);
  return client;
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The body of a successful call, or the answer's problem thrown as an `ApiProblem`. */
export async function expectOk<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw ApiProblem.fromBody(response, error);
  return data as T;
}

/** Like `expectOk`, with the ETag's stream version (for If-Match on the next write). */
export async function expectOkWithRevision<T>(
  call: Promise<FetchResult<T>>,
): Promise<{ body: T; revision?: number }> {
  const { data, error, response } = await call;
  if (!response.ok) throw ApiProblem.fromBody(response, error);
  const etag = response.headers.get('etag')?.replace(/^W\//, '').replace(/"/g, '');
  return { body: data as T, revision: etag ? Number(etag) : undefined };
}

/** A fresh Idempotency-Key per user action: a retried POST cannot register a product twice. */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}
