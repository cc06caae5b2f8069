import fc from 'fast-check';
import type { z } from 'zod';
import { httpClient } from '@product-ledger/testing';
import { fields } from '../src/api/field-schemas';
import { startCatalogue, type CatalogueTestApp } from './catalogue-test-app';

/**
 * Property: whatever invalid body a client sends to a write endpoint, the answer is a 4xx (never a 500)
 * and no event is appended. Bodies are built from a valid one by breaking it in one way: a non-object,
 * malformed JSON, an unknown field, a missing required field, or one field with a value its schema
 * refuses (the same zod schema the endpoint validates with).
 */
interface WriteEndpoint {
  readonly name: string;
  readonly method: 'POST' | 'PATCH' | 'PUT';
  readonly path: () => string;
  readonly valid: Record<string, unknown>;
  readonly fields: Record<string, z.ZodType>;
  readonly required: readonly string[];
}

const jsonRoundTrip = (value: unknown): unknown => {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text);
};

const anyJson = fc
  .oneof(
    fc.anything(),
    fc.string({ unit: 'binary', maxLength: 50 }),
    fc.string({ minLength: 190, maxLength: 4100 }),
    fc.constantFrom(
      '',
      ' ',
      '\u0000',
      'A\u0000',
      '1.0',
      '2026-02-30',
      'not-a-uuid',
      'B2B',
      'SOFTWARE',
      '01.0.0',
    ),
  )
  .map(jsonRoundTrip)
  .filter((value) => value !== undefined);

const badValueFor = (schema: z.ZodType) => anyJson.filter((value) => !schema.safeParse(value).success);

const notAnObject = fc.oneof(
  fc.array(fc.anything(), { maxLength: 3 }).map(jsonRoundTrip),
  fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), fc.string()),
);

// An empty body is "no body", which is valid where every field is optional: not malformed.
const malformedJson = fc.string({ maxLength: 40 }).filter((text) => {
  if (text.trim() === '') return false;
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
  const choices: fc.Arbitrary<FuzzBody>[] = [
    notAnObject.map((value) => ({ kind: 'json', value })),
    malformedJson.map((text) => ({ kind: 'raw', text })),
    fc
      .tuple(
        fc
          .oneof(
            fc.string({ minLength: 1, maxLength: 20 }),
            fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype)),
          )
          .filter((key) => !known.includes(key)),
        anyJson,
      )
      .map(([key, value]) => ({ kind: 'json', value: { ...endpoint.valid, [key]: value } })),
  ];
  if (known.length > 0) {
    choices.push(
      fc
        .constantFrom(...known)
        .chain((key) =>
          badValueFor(endpoint.fields[key]!).map((value) => ({ ...endpoint.valid, [key]: value })),
        )
        .map((value) => ({ kind: 'json', value })),
    );
  }
  if (endpoint.required.length > 0) {
    choices.push(
      fc.constantFrom(...endpoint.required).map((key) => {
        const { [key]: _dropped, ...rest } = endpoint.valid;
        return { kind: 'json', value: rest };
      }),
    );
  }
  return fc.oneof(...choices);
}

describe('catalogue write endpoints under fuzzed bodies', () => {
  let catalogue: CatalogueTestApp;
  let call: ReturnType<typeof httpClient>;
  let pm: Record<string, string>;
  const ids = { line: '', emptyLine: '', otherLine: '', product: '' };

  beforeAll(async () => {
    catalogue = await startCatalogue();
    call = httpClient(catalogue.baseUrl);
    pm = await catalogue.auth('product_manager');
    const line = async (name: string) =>
      (await call('POST', '/product-lines', { headers: pm, body: { name } })).body.productLineId as string;
    ids.line = await line('Fuzz');
    ids.emptyLine = await line('Empty');
    ids.otherLine = await line('Other');
    const product = await call('POST', '/products', {
      headers: pm,
      body: {
        code: 'FUZZ',
        name: 'Fuzz',
        productLineId: ids.line,
        kind: 'software',
        market: 'b2b',
        ownerId: 'alice',
      },
    });
    ids.product = product.body.productId;
    await call('POST', `/products/${ids.product}/versions`, {
      headers: pm,
      body: {
        version: '1.0.0',
        targetDate: '2026-01-31',
        scope: 'planned, so a valid release would succeed',
      },
    });
  });

  afterAll(async () => {
    await catalogue?.stop();
  });

  const endpoints: WriteEndpoint[] = [
    {
      name: 'POST /product-lines',
      method: 'POST',
      path: () => '/product-lines',
      valid: { name: 'Line', description: 'd' },
      fields: { name: fields.name, description: fields.description },
      required: ['name'],
    },
    {
      name: 'PATCH /product-lines/{id}',
      method: 'PATCH',
      path: () => `/product-lines/${ids.emptyLine}`,
      valid: { name: 'Renamed', description: 'd' },
      fields: { name: fields.name, description: fields.description },
      required: [],
    },
    {
      name: 'POST /product-lines/{id}/archive',
      method: 'POST',
      path: () => `/product-lines/${ids.emptyLine}/archive`,
      valid: {},
      fields: {},
      required: [],
    },
    {
      name: 'POST /products',
      method: 'POST',
      path: () => '/products',
      valid: {
        code: 'FUZZ-NEW',
        name: 'New',
        description: '',
        productLineId: '',
        kind: 'service',
        market: 'b2c',
        ownerId: 'bob',
        initialStage: 'in_life',
      },
      fields: {
        code: fields.code,
        name: fields.name,
        description: fields.description,
        productLineId: fields.productLineId,
        kind: fields.kind,
        market: fields.market,
        ownerId: fields.personId,
        initialStage: fields.initialStage,
      },
      required: ['code', 'name', 'productLineId', 'kind', 'market', 'ownerId'],
    },
    {
      name: 'PATCH /products/{id}',
      method: 'PATCH',
      path: () => `/products/${ids.product}`,
      valid: { name: 'Renamed', description: 'd', productLineId: '' },
      fields: { name: fields.name, description: fields.description, productLineId: fields.productLineId },
      required: [],
    },
    {
      name: 'PUT /products/{id}/owner',
      method: 'PUT',
      path: () => `/products/${ids.product}/owner`,
      valid: { ownerId: 'carol' },
      fields: { ownerId: fields.personId },
      required: ['ownerId'],
    },
    {
      name: 'POST /products/{id}/stakeholders',
      method: 'POST',
      path: () => `/products/${ids.product}/stakeholders`,
      valid: { personId: 'dan', role: 'finance' },
      fields: { personId: fields.personId, role: fields.role },
      required: ['personId', 'role'],
    },
    {
      name: 'POST /products/{id}/versions',
      method: 'POST',
      path: () => `/products/${ids.product}/versions`,
      valid: { version: '2.0.0', targetDate: '2026-12-31', scope: 'more' },
      fields: { version: fields.version, targetDate: fields.targetDate, scope: fields.scope },
      required: ['version', 'targetDate', 'scope'],
    },
    {
      name: 'POST /products/{id}/versions/{version}/release',
      method: 'POST',
      path: () => `/products/${ids.product}/versions/1.0.0/release`,
      valid: { releasedAt: '2026-02-01T10:00:00Z' },
      fields: { releasedAt: fields.instant },
      required: [],
    },
    {
      name: 'POST /products/{id}/retire',
      method: 'POST',
      path: () => `/products/${ids.product}/retire`,
      valid: { reason: 'done' },
      fields: { reason: fields.reason },
      required: ['reason'],
    },
  ];

  it.each(endpoints.map((endpoint) => [endpoint.name, endpoint] as const))(
    '%s: only 4xx, nothing appended',
    async (_name, endpoint) => {
      // The valid bodies point at real lines, so that only the broken part can be what is refused.
      if ('productLineId' in endpoint.valid)
        (endpoint.valid as Record<string, unknown>).productLineId = ids.otherLine;
      await fc.assert(
        fc.asyncProperty(invalidBodies(endpoint), async (body) => {
          const before = await catalogue.eventCount();
          const answer = await call(endpoint.method, endpoint.path(), {
            headers: pm,
            rawBody: body.kind === 'raw' ? body.text : JSON.stringify(body.value),
          });
          if (answer.status < 400 || answer.status >= 500) {
            throw new Error(`${answer.status} for ${JSON.stringify(body)}: ${JSON.stringify(answer.body)}`);
          }
          expect(await catalogue.eventCount()).toBe(before);
        }),
        { numRuns: 100 },
      );
    },
  );

  it('DELETE /products/{id}/stakeholders/{personId}/{role} with fuzzed path segments: only 4xx', async () => {
    const before = await catalogue.eventCount();
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 60 }),
        fc.string({ minLength: 1, maxLength: 30 }),
        async (person, role) => {
          const answer = await call(
            'DELETE',
            `/products/${ids.product}/stakeholders/${encodeURIComponent(person)}/${encodeURIComponent(role)}`,
            { headers: pm },
          );
          expect(answer.status).toBeGreaterThanOrEqual(400);
          expect(answer.status).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
    expect(await catalogue.eventCount()).toBe(before);
  });

  it('still accepts the valid bodies the fuzz started from (the property is not vacuous)', async () => {
    const answers = [
      await call('PATCH', `/product-lines/${ids.emptyLine}`, { headers: pm, body: { name: 'Renamed' } }),
      await call('POST', `/products/${ids.product}/versions/1.0.0/release`, { headers: pm, body: {} }),
      await call('POST', `/product-lines/${ids.emptyLine}/archive`, { headers: pm, body: {} }),
      await call('POST', `/products/${ids.product}/retire`, { headers: pm, body: { reason: 'done' } }),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
  });
});
