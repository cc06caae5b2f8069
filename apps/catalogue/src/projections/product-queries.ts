import type { DataSource } from 'typeorm';

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
  /** Only the products this person owns or is a stakeholder of (in any role). */
  readonly mine?: string;
  /** Text to find in code, name or description, case-insensitive. */
  readonly text?: string;
  /** Sort key (code, id) of the last product of the previous page. */
  readonly after?: readonly [string, string];
  readonly limit: number;
}

const versionsOf = `COALESCE((SELECT json_agg(json_build_object(
    'version', v.version, 'targetDate', to_char(v.target_date, 'YYYY-MM-DD'), 'scope', v.scope,
    'status', v.status, 'releasedAt', v.released_at) ORDER BY v.planned_at, v.version)
  FROM product_versions v WHERE v.product_id = p.product_id), '[]'::json)`;
const stakeholdersOf = `COALESCE((SELECT json_agg(json_build_object('personId', s.person_id, 'role', s.role)
    ORDER BY s.added_at, s.person_id, s.role)
  FROM product_stakeholders s WHERE s.product_id = p.product_id), '[]'::json)`;

/**
 * Products by code from the read model, each with its line's name, versions and stakeholders. One more
 * row than asked tells whether a next page exists.
 */
export async function listProducts(db: DataSource, filter: ProductFilter): Promise<ProductRow[]> {
  const query = db
    .createQueryBuilder()
    .from('products', 'p')
    .leftJoin('product_lines', 'l', 'l.product_line_id = p.product_line_id')
    .select('p.product_id', 'productId')
    .addSelect(['p.code AS code', 'p.name AS name', 'p.description AS description'])
    .addSelect('p.product_line_id', 'productLineId')
    .addSelect('l.name', 'productLineName')
    .addSelect(['p.kind AS kind', 'p.market AS market'])
    .addSelect('p.owner_id', 'ownerId')
    .addSelect('p.initial_stage', 'initialStage')
    .addSelect('p.status', 'status')
    .addSelect('p.retirement_reason', 'retirementReason')
    .addSelect('p.version', 'revision')
    .addSelect(versionsOf, 'versions')
    .addSelect(stakeholdersOf, 'stakeholders')
    .orderBy('p.code')
    .addOrderBy('p.product_id')
    .limit(filter.limit + 1);
  if (filter.lineId) query.andWhere('p.product_line_id = :lineId', { lineId: filter.lineId });
  if (filter.ownerId) query.andWhere('p.owner_id = :ownerId', { ownerId: filter.ownerId });
  if (filter.status) query.andWhere('p.status = :status', { status: filter.status });
  if (filter.mine !== undefined)
    query.andWhere(
      '(p.owner_id = :mine OR EXISTS (SELECT 1 FROM product_stakeholders ms WHERE ms.product_id = p.product_id AND ms.person_id = :mine))',
      { mine: filter.mine },
    );
  if (filter.text !== undefined)
    query.andWhere('(p.code ILIKE :text OR p.name ILIKE :text OR p.description ILIKE :text)', {
      text: `%${escapeLike(filter.text)}%`,
    });
  if (filter.after)
    query.andWhere('(p.code, p.product_id) > (:code, CAST(:id AS uuid))', {
      code: filter.after[0],
      id: filter.after[1],
    });
  return query.getRawMany<ProductRow>();
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
