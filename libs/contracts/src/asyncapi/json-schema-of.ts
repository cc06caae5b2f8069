import { z } from 'zod';

export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (draft-07, the dialect AsyncAPI schemas extend) of an event's data, as the relay
 * publishes it: the schema's output. Named sub-schemas (`.meta({ id })`) come back as `definitions`;
 * the caller hoists them into `components.schemas`, so their refs are rewritten to point there.
 */
export function jsonSchemaOf(schema: z.ZodType): {
  schema: JsonSchema;
  definitions: Record<string, JsonSchema>;
} {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-7',
    io: 'output',
    unrepresentable: 'any',
  }) as JsonSchema;
  const {
    $schema: _dialect,
    definitions = {},
    ...rest
  } = generated as JsonSchema & {
    definitions?: Record<string, JsonSchema>;
  };
  return {
    schema: rewriteRefs(rest) as JsonSchema,
    definitions: Object.fromEntries(
      Object.entries(definitions).map(([name, definition]) => [name, rewriteRefs(definition) as JsonSchema]),
    ),
  };
}

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) =>
      key === '$ref' && typeof inner === 'string' && inner.startsWith('#/definitions/')
        ? [key, `#/components/schemas/${inner.slice('#/definitions/'.length)}`]
        : [key, rewriteRefs(inner)],
    ),
  );
}
