import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Fields a body may leave out: dropping them keeps it valid, so they are never dropped. */
const optionalKeys = new Set(['description', 'note', 'rationale', 'conditions', 'replacementProductId']);

/**
 * Bodies that are certainly wrong, built from a valid one: one value anywhere in it swapped for a value
 * of another JSON type (every field of these DTOs has exactly one), a string made unstorable (NUL, lone
 * surrogate) or too long, a number made negative or huge, a required key dropped, an unknown key added;
 * or anything at all in place of the body.
 */
export function brokenBodies(valid: Json): fc.Arbitrary<unknown> {
  const paths = leafAndNodePaths(valid);
  const droppable = paths.filter(
    (path) => typeof path[path.length - 1] === 'string' && !optionalKeys.has(path[path.length - 1] as string),
  );
  const extended = fc
    .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 1 }))
    .filter(([key]) => typeof valid === 'object' && valid !== null && !(key in valid))
    .map(([key, value]) => ({ ...(valid as object), [key]: value }));
  const notAnObject = fc
    .anything({ maxDepth: 2 })
    .filter((value) => typeof value !== 'object' || value === null || Array.isArray(value));
  const choices: fc.WeightedArbitrary<unknown>[] = [
    { arbitrary: extended, weight: 1 },
    { arbitrary: notAnObject, weight: 1 },
  ];
  if (paths.length > 0) {
    const mutated = fc
      .tuple(fc.constantFrom(...paths), fc.nat())
      .chain(([path, seed]) =>
        replacementFor(at(valid, path), seed).map((value) => setAt(valid, path, value)),
      );
    choices.push({ arbitrary: mutated, weight: 5 });
  }
  if (droppable.length > 0)
    choices.push({
      arbitrary: fc.constantFrom(...droppable).map((path) => deleteAt(valid, path)),
      weight: 2,
    });
  return fc.oneof(...choices);
}

function replacementFor(value: Json, seed: number): fc.Arbitrary<Json> {
  const otherType = fc
    .oneof(
      fc.constant(null),
      fc.boolean(),
      fc.integer(),
      fc.string({ maxLength: 8 }),
      fc.array(fc.integer(), { maxLength: 2 }),
      fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
    )
    .filter((candidate) => kind(candidate) !== kind(value));
  if (typeof value === 'string' && seed % 2 === 0) {
    return fc.constantFrom(`${value}\u0000`, `${value}\uD800`, '\uDC00', 'x'.repeat(5000));
  }
  if (typeof value === 'number' && seed % 2 === 0) return fc.constantFrom(-1, -0.5, 1e16);
  return otherType;
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function leafAndNodePaths(value: Json, path: Path = []): Path[] {
  const here = path.length ? [path] : [];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((item, index) => leafAndNodePaths(item, [...path, index]))];
  if (value !== null && typeof value === 'object') {
    return [
      ...here,
      ...Object.entries(value).flatMap(([key, item]) => leafAndNodePaths(item, [...path, key])),
    ];
  }
  return here;
}

function at(value: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string, Json>)[key as string] as Json, value);
}

function setAt(value: Json, path: Path, replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    Json
  >;
  copy[head!] = setAt(copy[head!]!, rest, replacement);
  return copy as Json;
}

function deleteAt(value: Json, path: Path): Json {
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    Json
  >;
  if (rest.length === 0) delete copy[head!];
  else copy[head!] = deleteAt(copy[head!]!, rest);
  return copy as Json;
}
