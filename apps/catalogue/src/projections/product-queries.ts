import type { Pool } from 'pg';

export interface ProductRow {
  readonly productId: string;
  readonly code: string;
  readonly name: string;
  readonly description: string;
  readonly productLineId: string;
  readonly productLineName: string | null;
  readonly kind: string;
  readonly market: string;
  readonly ownerId: string;
  readonly initialStage: string | null;
  readonly status: 'active' | 'retired';
  readonly retirementReason: string | null;
  readonly revision: number;
  readonly versions: Array<{
    version: string;
    targetDate: string;
    scope: string;
    status: string;
    releasedAt: string | null;
  }>;
  readonly stakeholders: Array<{ personId: string; role: string }>;
}

export interface ProductFilter {
  readonly lineId?: string;
  readonly ownerId?: string;
  readonly status?: 'active' | 'retired';
  /** Text to find in code, name or description, case-insensitive. */
  readonly text?: string;
  /** Sort key (code, id) of the last product of the previous page. */
  readonly after?: readonly [string, string];
  readonly limit: number;
}

/**
 * Products by code from the read model, each with its line's name, versions and stakeholders. One more
 * row than asked tells whether a next page exists.
 */
export async function listProducts(pool: Pool, filter: ProductFilter): Promise<ProductRow[]> {
  const result = await pool.query<ProductRow>(
    `SELECT p.product_id AS "productId", p.code, p.name, p.description, p.product_line_id AS "productLineId",
            l.name AS "productLineName", p.kind, p.market, p.owner_id AS "ownerId",
            p.initial_stage AS "initialStage", p.status, p.retirement_reason AS "retirementReason",
            p.version AS revision,
            COALESCE((SELECT json_agg(json_build_object(
                        'version', v.version, 'targetDate', to_char(v.target_date, 'YYYY-MM-DD'), 'scope', v.scope,
                        'status', v.status, 'releasedAt', v.released_at) ORDER BY v.planned_at, v.version)
                        FROM product_versions v WHERE v.product_id = p.product_id), '[]'::json) AS versions,
            COALESCE((SELECT json_agg(json_build_object('personId', s.person_id, 'role', s.role)
                        ORDER BY s.added_at, s.person_id, s.role)
                        FROM product_stakeholders s WHERE s.product_id = p.product_id), '[]'::json) AS stakeholders
       FROM products p
       LEFT JOIN product_lines l ON l.product_line_id = p.product_line_id
      WHERE ($1::uuid IS NULL OR p.product_line_id = $1)
        AND ($2::text IS NULL OR p.owner_id = $2)
        AND ($3::text IS NULL OR p.status = $3)
        AND ($4::text IS NULL OR p.code ILIKE $4 OR p.name ILIKE $4 OR p.description ILIKE $4)
        AND ($5::text IS NULL OR (p.code, p.product_id) > ($5, $6::uuid))
      ORDER BY p.code, p.product_id
      LIMIT $7`,
    [
      filter.lineId ?? null,
      filter.ownerId ?? null,
      filter.status ?? null,
      filter.text === undefined ? null : `%${escapeLike(filter.text)}%`,
      filter.after?.[0] ?? null,
      filter.after?.[1] ?? null,
      filter.limit + 1,
    ],
  );
  return result.rows;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
