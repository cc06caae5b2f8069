import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { ROLES, signDevToken } from '@product-ledger/service-kit';
import { startPlatform, type RunningPlatform, type ServiceName } from './running-platform';

// Property, for every write operation of every service's OpenAPI document: a body built from the
// operation's schema and then broken in one way (not an object, not JSON, an unknown field, a required
// field missing, one field of the wrong type, outside its enum, too long or not in its format) gets a 4xx
// answer, never a 5xx, and no event is appended anywhere. A new write endpoint is fuzzed the day it is
// documented.
const serviceNames = ['catalogue', 'lifecycle', 'requests', 'analytics'] as const;

interface JsonSchema {
  type?: string;
  format?: string;
  enum?: unknown[];
  maxLength?: number;
  minimum?: number;
  example?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  $ref?: string;
  allOf?: JsonSchema[];
}

interface WriteOperation {
  readonly service: ServiceName;
  readonly method: string;
  readonly path: string;
  readonly body?: JsonSchema;
}

type Components = Record<string, JsonSchema>;

function resolve(schema: JsonSchema | undefined, components: Components): JsonSchema | undefined {
  if (!schema) return undefined;
  if (schema.$ref) return resolve(components[schema.$ref.split('/').pop()!], components);
  if (schema.allOf?.length === 1) return resolve(schema.allOf[0], components);
  return schema;
}

/** A plausible value for a schema (its example when it has one): the starting point before breaking it. */
function plausible(schema: JsonSchema | undefined, components: Components): unknown {
  const resolved = resolve(schema, components);
  if (!resolved) return 'x';
  if (resolved.example !== undefined) return resolved.example;
  if (resolved.enum?.length) return resolved.enum[0];
  switch (resolved.type) {
    case 'integer':
    case 'number':
      return resolved.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return [plausible(resolved.items, components)];
    case 'object':
      return Object.fromEntries(
        Object.entries(resolved.properties ?? {}).map(([key, value]) => [key, plausible(value, components)]),
      );
    default:
      return resolved.format === 'uuid' ? randomUUID() : resolved.format === 'date' ? '2030-01-01' : 'x';
  }
}

/** Values a field of this schema must refuse. */
function wrongFor(schema: JsonSchema | undefined, components: Components): fc.Arbitrary<unknown> {
  const resolved = resolve(schema, components) ?? {};
  const wrong: fc.Arbitrary<unknown>[] = [fc.constant({ nested: 'object' }), fc.constant([1, 2])];
  if (resolved.type === 'string' || resolved.enum) wrong.push(fc.integer(), fc.boolean());
  if (resolved.type === 'number' || resolved.type === 'integer')
    wrong.push(fc.string({ minLength: 1 }).filter((s) => Number.isNaN(Number(s))));
  if (resolved.type === 'boolean') wrong.push(fc.constantFrom('yes', 'true', 1));
  if (resolved.type === 'array') wrong.push(fc.string(), fc.integer());
  if (resolved.type === 'object') wrong.push(fc.string(), fc.integer());
  if (resolved.enum) wrong.push(fc.string().filter((s) => !resolved.enum!.includes(s)));
  if (resolved.maxLength !== undefined) wrong.push(fc.constant('x'.repeat(resolved.maxLength + 1)));
  if (resolved.format === 'uuid') wrong.push(fc.constantFrom('not-a-uuid', '123', ''));
  if (resolved.format === 'date') wrong.push(fc.constantFrom('2026-02-30', '30/01/2026', 'soon'));
  return fc.oneof(...wrong);
}

/** A body (or raw text) that breaks the operation's schema in one way. */
function brokenBody(
  operation: WriteOperation,
  components: Components,
): fc.Arbitrary<{ how: string; text: string }> {
  const schema = resolve(operation.body, components);
  const base = (plausible(schema, components) ?? {}) as Record<string, unknown>;
  const json = (how: string, value: unknown) => ({ how, text: JSON.stringify(value) });
  const ways: fc.Arbitrary<{ how: string; text: string }>[] = [
    fc
      .oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null), fc.array(fc.integer()))
      .map((value) => json('not an object', value)),
    fc.constantFrom('{', '{"a":', '{"x": tru}', "{'single': 1}").map((text) => ({ how: 'not JSON', text })),
    fc
      .string({ minLength: 1, maxLength: 20 })
      .filter(
        (key) => !(key in (schema?.properties ?? {})) && !/^(__proto__|constructor|prototype)$/.test(key),
      )
      .map((key) => json(`unknown field ${key}`, { ...base, [key]: 1 })),
  ];
  const required = schema?.required ?? [];
  if (required.length > 0)
    ways.push(
      fc.constantFrom(...required).map((field) => {
        const { [field]: _missing, ...rest } = base;
        return json(`without ${field}`, rest);
      }),
    );
  const fields = Object.entries(schema?.properties ?? {});
  if (fields.length > 0)
    ways.push(
      fc
        .constantFrom(...fields)
        .chain(([field, fieldSchema]) =>
          wrongFor(fieldSchema, components).map((value) =>
            json(`${field} = ${JSON.stringify(value)}`, { ...base, [field]: value }),
          ),
        ),
    );
  return fc.oneof(...ways);
}

function writeOperationsOf(
  service: ServiceName,
  document: { paths: Record<string, Record<string, unknown>> },
): WriteOperation[] {
  const operations: WriteOperation[] = [];
  for (const [template, item] of Object.entries(document.paths)) {
    for (const [method, spec] of Object.entries(item)) {
      if (!['post', 'put', 'patch'].includes(method)) continue;
      const op = spec as { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } };
      const body = op.requestBody?.content?.['application/json']?.schema;
      // A body that is not one JSON object is a batch: `POST /facts` answers broken rows with 200 and each
      // row's reason, writing nothing of them; analytics' ingest tests hold it to that.
      if (!body || !('$ref' in body || body.type === 'object')) continue;
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) =>
        name === 'reviewId'
          ? `${randomUUID()}-r1`
          : /id$/i.test(name)
            ? randomUUID()
            : name === 'version'
              ? '1.0.0'
              : 'x',
      );
      operations.push({ service, method: method.toUpperCase(), path, body });
    }
  }
  return operations;
}

describe('fuzzing every write endpoint from its OpenAPI schema', () => {
  let platform: RunningPlatform;
  const components: Record<string, Components> = {};
  const operations: WriteOperation[] = [];

  const eventCounts = () =>
    Promise.all(
      Object.values(platform.databases).map(async (db) =>
        Number((await db.pool.query('SELECT count(*) AS n FROM events')).rows[0].n),
      ),
    );

  beforeAll(async () => {
    platform = await startPlatform(serviceNames);
    for (const name of serviceNames) {
      const document = await (await fetch(`${platform.services[name].baseUrl}/docs-json`)).json();
      components[name] = document.components?.schemas ?? {};
      operations.push(...writeOperationsOf(name, document));
    }
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
  });

  it('answers every broken body with a 4xx and appends nothing', async () => {
    expect(operations.length).toBeGreaterThan(15);
    // Every role at once: the fuzz is about the input, not about who sends it.
    const bearer = await signDevToken({ sub: 'fuzzer', roles: [...ROLES] });
    const before = await eventCounts();
    for (const operation of operations) {
      await fc.assert(
        fc.asyncProperty(brokenBody(operation, components[operation.service]!), async ({ how, text }) => {
          const response = await fetch(`${platform.services[operation.service].baseUrl}${operation.path}`, {
            method: operation.method,
            headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
            body: text,
          });
          await response.arrayBuffer();
          const answer = {
            operation: `${operation.service} ${operation.method} ${operation.path}`,
            how,
            status: response.status,
          };
          expect({ ...answer, clientError: answer.status >= 400 && answer.status < 500 }).toEqual({
            ...answer,
            clientError: true,
          });
        }),
        { numRuns: 12 },
      );
    }
    expect(await eventCounts()).toEqual(before);
  });
});
