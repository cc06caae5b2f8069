import { performance } from 'node:perf_hooks';

export interface TimedAnswer {
  readonly status: number;
  readonly text: string;
  /** From sending the request to having read the whole answer. */
  readonly ms: number;
}

/** One HTTP request, timed on the client: what a caller of the API waits for, body included. */
export async function timedRequest(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string },
): Promise<TimedAnswer> {
  const started = performance.now();
  const response = await fetch(url, { method: init.method ?? 'GET', headers: init.headers, body: init.body });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}

/** A request whose answer must have the expected status; the parsed JSON answer. */
export async function expectJson<T>(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown },
  status: number,
): Promise<T> {
  const answer = await timedRequest(url, {
    method: init.method,
    headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (answer.status !== status)
    throw new Error(
      `${init.method ?? 'GET'} ${url}: expected ${status}, got ${answer.status}: ${answer.text.slice(0, 500)}`,
    );
  return (answer.text ? JSON.parse(answer.text) : undefined) as T;
}
