/**
 * Expected outcomes of a command are typed errors with a stable `code`. The `kind` tells the HTTP edge
 * how to answer (rule broken -> 422, conflict -> 409, not found -> 404, forbidden -> 403) without the domain
 * knowing HTTP.
 */
export type DomainErrorKind = 'rule-broken' | 'conflict' | 'not-found' | 'forbidden';

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: DomainErrorKind = 'rule-broken',
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super(`${what}.not_found`, `${what} ${id} does not exist`, 'not-found', { id });
  }
}
