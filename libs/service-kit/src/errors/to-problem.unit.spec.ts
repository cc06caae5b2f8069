import { BadRequestException, NotFoundException } from '@nestjs/common';
import { problem, ProblemException } from './problem';
import { toProblem } from './to-problem';

class DomainLike extends Error {
  constructor(
    readonly code: string,
    readonly kind: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(`${code} happened`);
  }
}

describe('toProblem', () => {
  it.each([
    ['rule-broken', 422, 'Unprocessable Entity'],
    ['conflict', 409, 'Conflict'],
    ['not-found', 404, 'Not Found'],
    ['forbidden', 403, 'Forbidden'],
  ])('maps a %s domain error to %i', (kind, status, title) => {
    const { problem: body, unexpected } = toProblem(
      new DomainLike('gate.criteria_unmet', kind, { missing: ['c1'] }),
    );
    expect(unexpected).toBe(false);
    expect(body).toEqual({
      type: 'urn:product-ledger:problem:gate.criteria_unmet',
      title,
      status,
      detail: 'gate.criteria_unmet happened',
      code: 'gate.criteria_unmet',
      details: { missing: ['c1'] },
    });
  });

  it('does not take an unknown kind for a domain error', () => {
    expect(toProblem(new DomainLike('x', 'weird')).problem.status).toBe(500);
  });

  it('maps a ConcurrencyError by name to 409', () => {
    const error = new Error('expected 2, actual 3');
    error.name = 'ConcurrencyError';
    expect(toProblem(error).problem).toMatchObject({ status: 409, code: 'concurrency_conflict' });
  });

  it('keeps an HttpException status and message', () => {
    expect(toProblem(new NotFoundException('no such product')).problem).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'no such product',
    });
    expect(toProblem(new BadRequestException(['a is bad', 'b is bad'])).problem.detail).toBe(
      'a is bad; b is bad',
    );
  });

  it('passes problem() through with its extensions', () => {
    let thrown: unknown;
    try {
      problem(412, 'Precondition Failed', 'stale', { currentVersion: 3 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ProblemException);
    expect(toProblem(thrown).problem).toEqual({
      type: 'about:blank',
      title: 'Precondition Failed',
      status: 412,
      detail: 'stale',
      currentVersion: 3,
    });
  });

  it('hides anything else behind a 500 and flags it for logging', () => {
    const { problem: body, unexpected } = toProblem(new TypeError('cannot read x of undefined'));
    expect(unexpected).toBe(true);
    expect(body.status).toBe(500);
    expect(JSON.stringify(body)).not.toMatch(/cannot read|TypeError/);
  });

  it.each([
    ['entity.too.large', 413],
    ['encoding.unsupported', 415],
    ['charset.unsupported', 415],
    ['request.size.invalid', 400],
    ['request.aborted', 400],
  ])('maps the body parser error %s to %i, never 500', (type, status) => {
    const error = Object.assign(new Error(type), { type, status, statusCode: status, expose: true });
    const { problem: body, unexpected } = toProblem(error);
    expect({ status: body.status, unexpected }).toEqual({ status, unexpected: false });
    expect(body.detail).not.toContain(type);
  });
});
