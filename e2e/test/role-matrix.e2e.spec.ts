import { randomUUID } from 'node:crypto';
import { ROLES, signDevToken, type Role } from '@product-ledger/service-kit';
import { startPlatform, type RunningPlatform, type ServiceName } from './running-platform';

// Every operation of every service's OpenAPI document, called with no token, an expired one, one for
// another audience and one per role. What each must answer comes from the roles the operation declares
// (`x-roles`; none declared: any valid token): a new endpoint is covered the day it is documented.
const serviceNames = ['catalogue', 'lifecycle', 'requests', 'analytics'] as const;
const audience = 'product-ledger-matrix';
const issuer = 'https://matrix.product-ledger.test';

interface Operation {
  readonly service: ServiceName;
  readonly method: string;
  readonly path: string;
  readonly roles?: readonly Role[];
}

/** A value for a path parameter: a fresh UUID for ids, something plausible for the rest. */
function pathValue(name: string, schema: { format?: string } | undefined): string {
  if (schema?.format === 'uuid' || /id$/i.test(name))
    return name === 'reviewId' ? `${randomUUID()}-r1` : randomUUID();
  if (name === 'version') return '1.0.0';
  if (name === 'role') return 'sales';
  return 'x';
}

function operationsOf(
  service: ServiceName,
  document: { paths: Record<string, Record<string, unknown>> },
): Operation[] {
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(document.paths)) {
    for (const [method, spec] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const op = spec as {
        parameters?: { in: string; name: string; schema?: { format?: string } }[];
        'x-roles'?: Role[];
      };
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
        const parameter = op.parameters?.find((p) => p.in === 'path' && p.name === name);
        return encodeURIComponent(pathValue(name, parameter?.schema));
      });
      operations.push({ service, method: method.toUpperCase(), path, roles: op['x-roles'] });
    }
  }
  return operations;
}

describe('role x endpoint matrix, from each service’s OpenAPI document', () => {
  let platform: RunningPlatform;
  const operations: Operation[] = [];

  const token = (roles: Role[], extra: { expiresIn?: number; audience?: string } = {}) =>
    signDevToken({
      sub: `matrix-${roles.join('-')}`,
      roles,
      issuer,
      audience: extra.audience ?? audience,
      expiresIn: extra.expiresIn,
    });

  async function call(operation: Operation, bearer?: string): Promise<{ status: number; type: string }> {
    const hasBody = !['GET', 'DELETE'].includes(operation.method);
    const response = await fetch(`${platform.services[operation.service].baseUrl}${operation.path}`, {
      method: operation.method,
      headers: {
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        ...(hasBody ? { 'content-type': 'application/json' } : {}),
      },
      body: hasBody ? '{}' : undefined,
    });
    await response.arrayBuffer();
    return { status: response.status, type: response.headers.get('content-type') ?? '' };
  }

  beforeAll(async () => {
    platform = await startPlatform(serviceNames, { AUTH_ISSUER: issuer, AUTH_AUDIENCE: audience });
    for (const name of serviceNames) {
      const document = await (await fetch(`${platform.services[name].baseUrl}/docs-json`)).json();
      operations.push(...operationsOf(name, document));
    }
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
  });

  it('finds the operations of all four services, writes among them declaring their roles', () => {
    for (const name of serviceNames)
      expect(operations.filter((op) => op.service === name).length).toBeGreaterThan(3);
    const writes = operations.filter((op) => op.method !== 'GET');
    expect(writes.length).toBeGreaterThan(20);
    expect(writes.filter((op) => !op.roles)).toEqual([]);
  });

  it('answers 401 problem+json without a token, with an expired token and with a token for another audience', async () => {
    const expired = await token(['admin'], { expiresIn: -60 });
    const otherAudience = await token(['admin'], { audience: 'someone-else' });
    for (const operation of operations) {
      for (const [label, bearer] of [
        ['no token', undefined],
        ['expired', expired],
        ['other audience', otherAudience],
      ] as const) {
        const answer = await call(operation, bearer);
        expect({ ...operation, label, status: answer.status }).toEqual({ ...operation, label, status: 401 });
        expect(answer.type).toContain('application/problem+json');
      }
    }
  });

  it('answers 403 to every role an operation does not declare, and lets every role it declares past the check', async () => {
    const tokens = new Map<Role, string>();
    for (const role of ROLES) tokens.set(role, await token([role]));
    for (const operation of operations) {
      for (const role of ROLES) {
        const allowed = !operation.roles || operation.roles.includes(role);
        const answer = await call(operation, tokens.get(role));
        const outcome =
          answer.status === 401 ? 'unauthenticated' : answer.status === 403 ? 'forbidden' : 'past the check';
        expect({ ...operation, role, outcome }).toEqual({
          ...operation,
          role,
          outcome: allowed ? 'past the check' : 'forbidden',
        });
        expect(answer.status).toBeLessThan(500);
      }
    }
  });
});
