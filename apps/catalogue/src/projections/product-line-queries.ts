import type { DataSource } from 'typeorm';

export interface ProductLineRow {
  readonly productLineId: string;
  readonly name: string;
  readonly description: string;
  readonly status: 'active' | 'archived';
  readonly ownerId: string | null;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface ProductLineFilter {
  readonly status?: 'active' | 'archived';
  /** Only the lines this person owns. */
  readonly mine?: string;
  /** Sort key (name, id) of the last line of the previous page. */
  readonly after?: readonly [string, string];
  readonly limit: number;
}

/** Product lines by name from the read model; one more row than asked tells whether a next page exists. */
export async function listProductLines(db: DataSource, filter: ProductLineFilter): Promise<ProductLineRow[]> {
  const query = db
    .createQueryBuilder()
    .from('product_lines', 'l')
    .select('l.product_line_id', 'productLineId')
    .addSelect(['l.name AS name', 'l.description AS description', 'l.status AS status'])
    .addSelect('l.owner_id', 'ownerId')
    .addSelect('l.version', 'revision')
    .addSelect(`to_json(l.created_at) #>> '{}'`, 'createdAt')
    .addSelect(`to_json(l.updated_at) #>> '{}'`, 'updatedAt')
    .orderBy('l.name')
    .addOrderBy('l.product_line_id')
    .limit(filter.limit + 1);
  if (filter.status) query.andWhere('l.status = :status', { status: filter.status });
  if (filter.mine !== undefined) query.andWhere('l.owner_id = :mine', { mine: filter.mine });
  if (filter.after)
    query.andWhere('(l.name, l.product_line_id) > (:name, CAST(:id AS uuid))', {
      name: filter.after[0],
      id: filter.after[1],
    });
  const rows = await query.getRawMany<ProductLineRow>();
  return rows.map((row) => ({ ...row, createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt) }));
}

/** A list row as the API shows it: no `ownerId` on a line that has none. */
export function withoutMissingOwner({
  ownerId,
  ...row
}: ProductLineRow): Omit<ProductLineRow, 'ownerId'> & { ownerId?: string } {
  return ownerId === null ? row : { ...row, ownerId };
}

function iso(timestamp: string): string {
  return new Date(timestamp).toISOString();
}
