import { createHash } from 'node:crypto';

const statementNames = new Map<string, string>();

/**
 * A prepared-statement name per (statement, schema), short enough for PostgreSQL's 63 bytes. A query given a
 * name is parsed and planned once per connection instead of on every call.
 */
export function statementName(statement: string, schema: string): string {
  const key = `${statement}:${schema}`;
  let name = statementNames.get(key);
  if (!name) {
    name = `event_store_${statement}_${createHash('sha1').update(schema).digest('hex').slice(0, 16)}`;
    statementNames.set(key, name);
  }
  return name;
}
