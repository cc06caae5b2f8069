import { HttpException } from '@nestjs/common';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface FieldError {
  /** Where in the input, e.g. `accounts[0].revenue`. */
  path: string;
  message: string;
}

/** An RFC 9457 problem document; extension members sit beside the standard ones. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/** An HttpException whose body is already a problem (without `instance`, added by the filter). */
export class ProblemException extends HttpException {
  constructor(readonly problem: ProblemDetails) {
    super(problem, problem.status);
  }
}

/**
 * Throws a problem response, e.g. `problem(412, 'Precondition Failed', 'If-Match is stale', { currentVersion })`.
 * Returns `never`, so `throw problem(...)` and a bare `problem(...)` both read right.
 */
export function problem(
  status: number,
  title: string,
  detail: string,
  extra: Record<string, unknown> = {},
): never {
  throw new ProblemException({ type: 'about:blank', ...extra, title, status, detail });
}
