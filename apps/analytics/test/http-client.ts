// Tests read answers loosely and check them with assertions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface HttpAnswer<T = any> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

/** A tiny client over fetch: JSON bodies by default, raw text (CSV) when asked; answers parsed when JSON. */
export function httpClient(baseUrl: string) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return async function call<T = any>(
    method: string,
    path: string,
    options: {
      body?: unknown;
      rawBody?: string;
      contentType?: string;
      headers?: Record<string, string>;
    } = {},
  ): Promise<HttpAnswer<T>> {
    const hasBody = options.body !== undefined || options.rawBody !== undefined;
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(hasBody ? { 'content-type': options.contentType ?? 'application/json' } : {}),
        ...options.headers,
      },
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
