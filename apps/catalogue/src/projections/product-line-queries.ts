import type { Pool } from 'pg';

export interface ProductLineRow {
  readonly productLineId: string;
  readonly name: string;
  readonly description: string;
  readonly status: 'active' | 'archived';
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ProductLineFilter {
  readonly status?: 'active' | 'archived';
  /** Sort key (name, id) of the last line of the previous page. */
  readonly after?: readonly [string, string];
  readonly limit: number;
}

/** Product lines by name from the read model; one more row than asked tells whether a next page exists. */
export async function listProductLines(pool: Pool, filter: ProductLineFilter): Promise<ProductLineRow[]> {
  const result = await pool.query<ProductLineRow>(
    `SELECT product_line_id AS "productLineId", name, description, status, version AS revision,
            to_json(created_at) #>> '{}' AS "createdAt", to_json(updated_at) #>> '{}' AS "updatedAt"
       FROM product_lines
      WHERE ($1::text IS NULL OR status = $1)
        AND ($2::text IS NULL OR (name, product_line_id) > ($2, $3::uuid))
      ORDER BY name, product_line_id
      LIMIT $4`,
    [filter.status ?? null, filter.after?.[0] ?? null, filter.after?.[1] ?? null, filter.limit + 1],
  );
  return result.rows.map((row) => ({ ...row, createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) }));
}

function iso(timestamp: string): string {
  return new Date(timestamp).toISOString();
}
