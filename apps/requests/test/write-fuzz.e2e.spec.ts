import fc from 'fast-check';
import { z } from 'zod';
import { fields } from '../src/api/field-schemas';
import { startRequests, type RequestsTestApp } from './requests-test-app';

/**
 * Property: whatever invalid body a client sends to a write endpoint, the answer is a 4xx problem (never a
 * 500) and no event is appended. Bodies are either anything at all, or a valid body broken in one way: a
 * non-object, malformed JSON, an unknown field, a missing required field, or one field (or one field of a
 * nested account) with a value the schema refuses (the same zod schema the endpoint validates with).
 */
interface WriteEndpoint {
  readonly name: string;
  readonly method: 'POST' | 'PUT';
  readonly path: () => string;
  readonly valid: Record<string, unknown>;
  readonly fields: Record<string, z.ZodType>;
  readonly required: readonly string[];
}

const account = z
  .object({ accountId: fields.accountId, name: fields.accountName, revenue: fields.money })
  .strict();
const validAccount = { accountId: 'acme', name: 'Acme', revenue: 1000 };

const jsonRoundTrip = (value: unknown): unknown => {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text);
};

const anyJson = fc
  .oneof(
    fc.anything(),
    fc.string({ unit: 'binary', maxLength: 50 }),
    fc.string({ minLength: 190, maxLength: 10_100 }),
    fc.double(),
    fc.constantFrom(
      '',
      ' ',
      '\u0000',
      'A\u0000',
      '\ud800',
      '1.0',
      '2026-02-30',
      'not-a-uuid',
      -1,
      0,
      1.5,
      4,
      '01.0.0',
      [],
      {},
      Number.MAX_VALUE * 2,
    ),
  )
  .map(jsonRoundTrip)
  .filter((value) => value !== undefined);

const badValueFor = (schema: z.ZodType) => anyJson.filter((value) => !schema.safeParse(value).success);

const notAnObject = fc.oneof(
  fc.array(fc.anything(), { maxLength: 3 }).map(jsonRoundTrip),
  fc.oneof(
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.string(),
  ),
);

const malformedJson = fc.string({ maxLength: 40 }).filter((text) => {
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
});

type FuzzBody = { kind: 'json'; value: unknown } | { kind: 'raw'; text: string };

function invalidBodies(endpoint: WriteEndpoint): fc.Arbitrary<FuzzBody> {
  const known = Object.keys(endpoint.fields);
  const json = (value: unknown): FuzzBody => ({ kind: 'json', value });
  const choices: fc.Arbitrary<FuzzBody>[] = [
    notAnObject.map(json),
    malformedJson.map((text) => ({ kind: 'raw', text })),
    fc
      .dictionary(fc.string({ maxLength: 12 }), anyJson, { maxKeys: 4 })
      .filter((value) => !hasAll(value, endpoint.required))
      .map(json),
    fc
      .tuple(
        fc
          .string({ minLength: 1, maxLength: 20 })
          .filter((key) => !known.includes(key) && key !== '__proto__'),
        anyJson,
      )
      .map(([key, value]) => json({ ...endpoint.valid, [key]: value })),
    fc
      .constantFrom(...known)
      .chain((key) =>
        badValueFor(endpoint.fields[key]!).map((value) => json({ ...endpoint.valid, [key]: value })),
      ),
  ];
  if (endpoint.required.length > 0) {
    choices.push(
      fc.constantFrom(...endpoint.required).map((key) => {
        const { [key]: _dropped, ...rest } = endpoint.valid;
        return json(rest);
      }),
    );
  }
  if ('accounts' in endpoint.fields || 'account' in endpoint.fields) {
    const nested = fc.constantFrom('accountId', 'name', 'revenue').chain((key) =>
      badValueFor(account.shape[key as keyof typeof account.shape]).map((value) => ({
        ...validAccount,
        [key]: value,
      })),
    );
    choices.push(
      nested.map((broken) =>
        json(
          'accounts' in endpoint.fields
            ? { ...endpoint.valid, accounts: [validAccount, broken] }
            : { ...endpoint.valid, account: broken },
        ),
      ),
    );
  }
  return fc.oneof(...choices);
}

function hasAll(value: Record<string, unknown>, required: readonly string[]): boolean {
  return required.every((key) => key in value);
}

describe('fuzzed write bodies', () => {
  let service: RequestsTestApp;
  let headers: Record<string, string>;
  let requestId: string;
  let otherRequestId: string;
  let productId: string;

  beforeAll(async () => {
    service = await startRequests();
    headers = await service.auth(['product_manager', 'sales']);
    productId = await service.registerProduct();
    const submit = async () =>
      (
        await service.call('POST', '/requests', {
          headers,
          body: { title: 'Target', source: 'sales', productId },
        })
      ).body.requestId as string;
    requestId = await submit();
    otherRequestId = await submit();
  });

  afterAll(async () => {
    await service?.stop();
  });

  const endpoints: WriteEndpoint[] = [
    {
      name: 'POST /requests',
      method: 'POST',
      path: () => '/requests',
      valid: { title: 'Okta SSO', source: 'sales' },
      fields: {
        title: fields.title,
        description: fields.description,
        source: fields.source,
        productId: fields.productId,
        requester: fields.personId,
        accounts: z.array(account).max(500),
        dealValue: fields.money,
      },
      required: ['title', 'source'],
    },
    {
      name: 'PUT /requests/{id}/product',
      method: 'PUT',
      path: () => `/requests/${requestId}/product`,
      valid: { productId: '00000000-0000-4000-8000-000000000000' },
      fields: { productId: fields.productId },
      required: ['productId'],
    },
    {
      name: 'POST /requests/{id}/endorsements',
      method: 'POST',
      path: () => `/requests/${requestId}/endorsements`,
      valid: { account: { accountId: 'initech', name: 'Initech', revenue: 5 }, note: 'Again' },
      fields: { account, note: fields.note },
      required: ['account'],
    },
    {
      name: 'POST /requests/{id}/merge',
      method: 'POST',
      path: () => `/requests/${requestId}/merge`,
      valid: { intoRequestId: '00000000-0000-4000-8000-000000000000' },
      fields: { intoRequestId: fields.requestId },
      required: ['intoRequestId'],
    },
    {
      name: 'PUT /requests/{id}/score',
      method: 'PUT',
      path: () => `/requests/${otherRequestId}/score`,
      valid: { reach: 10, impact: 1, confidence: 0.5, effort: 2, strategicFit: 3 },
      fields: {
        reach: fields.reach,
        impact: fields.impact,
        confidence: fields.confidence,
        effort: fields.effort,
        strategicFit: fields.strategicFit,
      },
      required: ['reach', 'impact', 'confidence', 'effort', 'strategicFit'],
    },
    {
      name: 'POST /requests/{id}/decision',
      method: 'POST',
      path: () => `/requests/${otherRequestId}/decision`,
      valid: { outcome: 'decline', reason: 'Not this year' },
      fields: {
        outcome: z.enum(['accept', 'decline', 'defer']),
        reason: fields.reason,
        // With outcome decline these are refused whatever their value.
        plannedVersion: z.never(),
        until: z.never(),
        rationale: z.never(),
      },
      required: ['outcome', 'reason'],
    },
  ];

  it.each(endpoints.map((endpoint) => [endpoint.name, endpoint] as const))(
    '%s answers only 4xx and appends nothing',
    async (_name, endpoint) => {
      const before = await service.eventCount();
      await fc.assert(
        fc.asyncProperty(invalidBodies(endpoint), async (body) => {
          const answer = await service.call(endpoint.method, endpoint.path(), {
            headers,
            ...(body.kind === 'raw' ? { rawBody: body.text } : { body: body.value }),
          });
          if (answer.status < 400 || answer.status >= 500) {
            throw new Error(
              `${endpoint.name} answered ${answer.status} to ${JSON.stringify(body)}: ${JSON.stringify(answer.body)}`,
            );
          }
          expect(answer.headers.get('content-type')).toContain('application/problem+json');
        }),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 80) },
      );
      expect(await service.eventCount()).toBe(before);
    },
  );
});
