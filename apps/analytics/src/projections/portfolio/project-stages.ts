import type { PoolClient } from 'pg';
import type { PortfolioEvent } from './portfolio-events';

/**
 * StageEntered -> the stage history of the lifecycle (the previous stage ends when the next one starts)
 * and the current stage of the product, or of the version when the lifecycle is a version's.
 */
export async function projectStageIntoPortfolio(event: PortfolioEvent, client: PoolClient): Promise<void> {
  if (event.type !== 'StageEntered') return;
  const { data } = event;
  const version = data.version ?? '';
  await client.query(
    `UPDATE portfolio_stage_history SET valid_to = $2 WHERE lifecycle_id = $1 AND valid_to IS NULL`,
    [data.lifecycleId, data.enteredAt],
  );
  await client.query(
    `INSERT INTO portfolio_stage_history (lifecycle_id, entry_no, product_id, version, stage, previous_stage, cause, valid_from)
     SELECT $1, COALESCE(max(entry_no), 0) + 1, $2, $3, $4, $5, $6, $7 FROM portfolio_stage_history WHERE lifecycle_id = $1`,
    [data.lifecycleId, data.productId, version, data.stage, data.previousStage, data.cause, data.enteredAt],
  );
  if (version === '') {
    await client.query(
      `INSERT INTO portfolio_products (product_id, lifecycle_id, stage, stage_since) VALUES ($1, $2, $3, $4)
       ON CONFLICT (product_id) DO UPDATE SET lifecycle_id = EXCLUDED.lifecycle_id, stage = EXCLUDED.stage, stage_since = EXCLUDED.stage_since`,
      [data.productId, data.lifecycleId, data.stage, data.enteredAt],
    );
  } else {
    await client.query(
      `INSERT INTO portfolio_versions (product_id, version, stage, stage_since) VALUES ($1, $2, $3, $4)
       ON CONFLICT (product_id, version) DO UPDATE SET stage = EXCLUDED.stage, stage_since = EXCLUDED.stage_since`,
      [data.productId, version, data.stage, data.enteredAt],
    );
  }
}
