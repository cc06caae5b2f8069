import { createHash } from 'node:crypto';
import { Pool, type PoolConfig } from 'pg';

/**
 * Profiling aid: a pool that sends every parameterised `query(text, values)` as a named prepared statement
 * (name = hash of the text). PostgreSQL then parses once per connection and, after five runs, plans once
 * (a generic plan) instead of planning each call with the parameter values inlined. It shows what the
 * store would gain from naming its statements, without touching the library.
 */
export function namedStatementPool(config: PoolConfig): Pool {
  const pool = new Pool(config);
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  const names = new Map<string, string>();
  const nameOf = (text: string): string => {
    let name = names.get(text);
    if (!name) {
      name = `bench_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
      names.set(text, name);
    }
    return name;
  };
  (pool as unknown as { query: (...args: unknown[]) => Promise<unknown> }).query = (...args: unknown[]) => {
    const [text, values] = args;
    if (typeof text === 'string' && Array.isArray(values) && args.length === 2) {
      return query({ name: nameOf(text), text, values });
    }
    return query(...args);
  };
  return pool;
}
