/** Quotes a PostgreSQL identifier (schema names come from config and tests, never from users). */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** `"schema"."table"` */
export function qualified(schema: string, table: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(table)}`;
}

/** The NOTIFY channel on which appends to this schema's events table are announced. */
export function eventsChannel(schema: string): string {
  return `${schema}.events`;
}
