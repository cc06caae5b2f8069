import { ValidationError } from 'class-validator';
import { fieldErrors } from './field-errors';

function node(
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError {
  return Object.assign(new ValidationError(), { property, constraints, children });
}

describe('fieldErrors', () => {
  it('writes nested paths with indexes in brackets', () => {
    const tree = [
      node('title', { minLength: 'title is too short' }),
      node('accounts', undefined, [
        node('1', undefined, [node('revenue', { isNumber: 'revenue must be a number' })]),
      ]),
      node('owner', undefined, [
        node('contact', undefined, [node('email', { isEmail: 'email must be an email' })]),
      ]),
    ];
    expect(fieldErrors(tree)).toEqual([
      { path: 'title', message: 'title is too short' },
      { path: 'accounts[1].revenue', message: 'revenue must be a number' },
      { path: 'owner.contact.email', message: 'email must be an email' },
    ]);
  });

  it('reports a matrix index as a second bracket', () => {
    const tree = [
      node('grid', undefined, [node('0', undefined, [node('2', { isInt: 'must be an integer' })])]),
    ];
    expect(fieldErrors(tree)).toEqual([{ path: 'grid[0][2]', message: 'must be an integer' }]);
  });
});
