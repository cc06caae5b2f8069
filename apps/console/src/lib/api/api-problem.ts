/** One field's complaint in a problem document: `path` names the input, e.g. `code` or `versions[0].version`. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** An RFC 9457 problem answered by a service (or the gateway), as an Error screens can show. */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';

  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: FieldProblem[],
    readonly requestId: string | undefined,
  ) {
    super(detail ?? title);
  }

  /** If-Match failed: someone else changed the thing since it was loaded. */
  get isConflict(): boolean {
    return this.status === 412 || this.status === 409;
  }

  /** The message for one input, matching its path or a path below it (`versions[0]` for `versions`). */
  fieldError(path: string): string | undefined {
    return this.errors.find(
      (error) =>
        error.path === path || error.path.startsWith(`${path}.`) || error.path.startsWith(`${path}[`),
    )?.message;
  }

  static async fromResponse(response: Response): Promise<ApiProblem> {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      // not JSON: status and headers tell what there is to tell
    }
    return ApiProblem.fromBody(response, body);
  }

  /** From an answer whose body was read already (openapi-fetch parses it into `error`). */
  static fromBody(response: Response, parsed: unknown): ApiProblem {
    const body = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Record<string, unknown>;
    const errors = Array.isArray(body.errors)
      ? body.errors.filter(
          (e): e is FieldProblem => typeof e?.path === 'string' && typeof e?.message === 'string',
        )
      : [];
    return new ApiProblem(
      response.status,
      typeof body.title === 'string' ? body.title : response.statusText || `HTTP ${response.status}`,
      typeof body.detail === 'string' ? body.detail : undefined,
      errors,
      typeof body.requestId === 'string'
        ? body.requestId
        : (response.headers.get('x-request-id') ?? undefined),
    );
  }
}
