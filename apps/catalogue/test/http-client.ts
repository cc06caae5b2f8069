// Tests read answer bodies freely; `any` keeps them short (this file is test-only).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface HttpAnswer<T = any> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

/** A tiny JSON client over fetch: the body is parsed when the answer has one. */
export function httpClient(baseUrl: string) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return async function call<T = any>(
    method: string,
    path: string,
    options: { body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
  ): Promise<HttpAnswer<T>> {
    const hasBody = options.body !== undefined || options.rawBody !== undefined;
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...options.headers },
      body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body: body as T };
  };
}
