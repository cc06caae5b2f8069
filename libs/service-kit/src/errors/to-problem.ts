import { HttpException, HttpStatus } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import { ProblemDetails, ProblemException } from './problem';

/** The `kind`s of libs/event-store's DomainError, matched by shape so this kit needs no event store. */
const STATUS_BY_KIND: Record<string, number> = {
  'rule-broken': HttpStatus.UNPROCESSABLE_ENTITY,
  conflict: HttpStatus.CONFLICT,
  'not-found': HttpStatus.NOT_FOUND,
  forbidden: HttpStatus.FORBIDDEN,
};

export interface MappedProblem {
  problem: ProblemDetails;
  /** True when the error is a bug: log it with its stack. */
  unexpected: boolean;
}

/** Maps anything thrown while handling a request to the problem the client sees. Pure. */
export function toProblem(error: unknown): MappedProblem {
  if (error instanceof ProblemException) return { problem: { ...error.problem }, unexpected: false };
  if (error instanceof HttpException) return { problem: fromHttpException(error), unexpected: false };
  if (isBodyParserError(error)) {
    return { problem: generic(error.status, bodyParserDetail(error)), unexpected: false };
  }
  if (isDomainError(error)) {
    const body: ProblemDetails = {
      type: `urn:product-ledger:problem:${error.code}`,
      title: titleOf(STATUS_BY_KIND[error.kind]),
      status: STATUS_BY_KIND[error.kind],
      detail: error.message,
      code: error.code,
    };
    if (error.details && typeof error.details === 'object') body['details'] = error.details;
    return { problem: body, unexpected: false };
  }
  if (error instanceof Error && error.name === 'ConcurrencyError') {
    return {
      problem: {
        type: 'urn:product-ledger:problem:concurrency_conflict',
        title: titleOf(HttpStatus.CONFLICT),
        status: HttpStatus.CONFLICT,
        detail: error.message,
        code: 'concurrency_conflict',
      },
      unexpected: false,
    };
  }
  return {
    problem: generic(HttpStatus.INTERNAL_SERVER_ERROR, 'An unexpected error occurred; it has been logged.'),
    unexpected: true,
  };
}

function fromHttpException(error: HttpException): ProblemDetails {
  const status = error.getStatus();
  const response = error.getResponse();
  // Nest's own exceptions answer { statusCode, message, error }; message may be a list.
  const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
  const detail = Array.isArray(message)
    ? message.join('; ')
    : typeof message === 'string'
      ? message
      : error.message;
  return generic(status, detail);
}

function generic(status: number, detail: string): ProblemDetails {
  return { type: 'about:blank', title: titleOf(status), status, detail };
}

function titleOf(status: number): string {
  return STATUS_CODES[status] ?? 'Error';
}

interface DomainErrorShape extends Error {
  code: string;
  kind: string;
  details?: unknown;
}

function isDomainError(error: unknown): error is DomainErrorShape {
  return (
    error instanceof Error &&
    typeof (error as Partial<DomainErrorShape>).code === 'string' &&
    typeof (error as Partial<DomainErrorShape>).kind === 'string' &&
    (error as DomainErrorShape).kind in STATUS_BY_KIND
  );
}

interface BodyParserError extends Error {
  type: string;
  status: number;
}

// body-parser (under express) reports a body it cannot take this way, before any route runs: malformed or
// oversized, an unsupported charset or encoding, a length that does not match, a client that went away.
// Each is an http-errors error with a 4xx status meant for the client (`expose`).
function isBodyParserError(error: unknown): error is BodyParserError {
  const candidate = error as Partial<BodyParserError> & { expose?: unknown };
  return (
    error instanceof Error &&
    typeof candidate.type === 'string' &&
    (candidate.type.startsWith('entity.') || candidate.expose === true) &&
    typeof candidate.status === 'number' &&
    candidate.status >= 400 &&
    candidate.status < 500
  );
}

function bodyParserDetail(error: BodyParserError): string {
  if (error.type === 'entity.parse.failed') return 'The request body is not valid JSON.';
  if (error.type === 'entity.too.large') return 'The request body is too large.';
  if (error.type === 'charset.unsupported' || error.type === 'encoding.unsupported')
    return 'The request body has a charset or content encoding the service does not read.';
  if (error.type === 'request.size.invalid') return 'The request body does not match its Content-Length.';
  return 'The request body could not be read.';
}
