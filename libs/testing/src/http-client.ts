// Tests read answer bodies loosely (`answer.body.items[0].stage`) and check them with assertions; `any`
// keeps them short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface HttpAnswer<T = any> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

export interface HttpCallOptions {
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Sent as is (malformed JSON, CSV), with `contentType` (default application/json). */
  readonly rawBody?: string;
  readonly contentType?: string;
  readonly headers?: Record<string, string>;
}

/** A tiny client over fetch for tests of a running service: the answer's body is parsed when it is JSON. */
export function httpClient(baseUrl: string) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return async function call<T = any>(
    method: string,
    path: string,
    options: HttpCallOptions = {},
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

export type HttpCall = ReturnType<typeof httpClient>;
