import type { MetricFact } from '@product-ledger/contracts';
import type { Pool, PoolClient } from 'pg';

/** A valid row of an upload with the line of the input it starts on. */
export interface StagedFact {
  readonly line: number;
  readonly fact: MetricFact;
}

/**
 * Stages a chunk of an upload's valid rows (`fact_upload_rows`, migration 16) in one statement on a pooled
 * connection that is released right after: nothing is held while the rest of the body arrives. One JSON
 * document per chunk (half the cost of a jsonb[] parameter, which pg escapes element by element).
 */
export async function stageUploadRows(
  pool: Pool,
  uploadId: string,
  firstOrd: number,
  rows: readonly StagedFact[],
): Promise<void> {
  await pool.query({
    name: 'analytics.stage-upload-rows',
    text: `INSERT INTO fact_upload_rows (upload_id, ord, line, fact)
     SELECT $1::uuid, $2::int + n.i::int - 1, (n.row->>'line')::int, n.row->'fact'
       FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS n(row, i)`,
    values: [uploadId, firstOrd, JSON.stringify(rows)],
  });
}

/** Staged rows `from <= ord < to` of an upload in input order, read in the caller's transaction. */
export async function stagedUploadRows(
  client: PoolClient,
  uploadId: string,
  from: number,
  to: number,
): Promise<StagedFact[]> {
  const { rows } = await client.query<StagedFact>({
    name: 'analytics.staged-upload-rows',
    text: 'SELECT line, fact FROM fact_upload_rows WHERE upload_id = $1 AND ord >= $2 AND ord < $3 ORDER BY ord',
    values: [uploadId, from, to],
  });
  return rows;
}

/** Removes staged rows of an upload (`ord < to`, or all of them), in the caller's transaction or alone. */
export async function deleteUploadRows(
  db: Pool | PoolClient,
  uploadId: string,
  to = Number.MAX_SAFE_INTEGER,
): Promise<void> {
  await db.query({
    name: 'analytics.delete-upload-rows',
    text: 'DELETE FROM fact_upload_rows WHERE upload_id = $1 AND ord < $2',
    values: [uploadId, Math.min(to, 2 ** 31 - 1)],
  });
}

/** Rows a crashed process left behind: staged more than a day ago, no upload takes that long. */
export async function deleteAbandonedUploadRows(pool: Pool): Promise<void> {
  await pool.query(`DELETE FROM fact_upload_rows WHERE staged_at < now() - interval '1 day'`);
}
