import type { PoolClient } from 'pg';
import { followProductToLine } from '../../persistence/facts/line-rollups';
import { occurredAt } from '../event-time';
import type { PortfolioEvent } from './portfolio-events';
import { recordProductRevision, type ProductAttributes } from './product-history';

/** Catalogue events -> products (with their history), versions and product lines of the portfolio. */
export async function projectCatalogueIntoPortfolio(event: PortfolioEvent, client: PoolClient): Promise<void> {
  switch (event.type) {
    case 'ProductRegistered': {
      const { data } = event;
      return reviseProduct(client, data.productId, occurredAt(event), {
        code: data.code,
        name: data.name,
        lineId: data.productLineId,
        ownerId: data.ownerId,
        kind: data.kind,
        market: data.market,
        status: 'active',
      });
    }
    case 'ProductRenamed': {
      const { data } = event;
      return reviseProduct(client, data.productId, occurredAt(event), { name: data.name });
    }
    case 'ProductMovedToLine': {
      const { data } = event;
      return reviseProduct(client, data.productId, occurredAt(event), { lineId: data.productLineId });
    }
    case 'ProductOwnerAssigned': {
      const { data } = event;
      return reviseProduct(client, data.productId, occurredAt(event), { ownerId: data.ownerId });
    }
    case 'ProductRetired': {
      const { data } = event;
      return reviseProduct(client, data.productId, occurredAt(event), { status: 'retired' });
    }
    case 'VersionPlanned': {
      const { data } = event;
      await client.query(
        `INSERT INTO portfolio_versions (product_id, version, planned_at, target_date) VALUES ($1, $2, $3, $4)
         ON CONFLICT (product_id, version) DO UPDATE SET planned_at = EXCLUDED.planned_at, target_date = EXCLUDED.target_date`,
        [data.productId, data.version, occurredAt(event), data.targetDate],
      );
      return;
    }
    case 'VersionReleased': {
      const { data } = event;
      await client.query(
        `INSERT INTO portfolio_versions (product_id, version, released_at) VALUES ($1, $2, $3)
         ON CONFLICT (product_id, version) DO UPDATE SET released_at = EXCLUDED.released_at`,
        [data.productId, data.version, data.releasedAt],
      );
      return;
    }
    case 'ProductLineCreated': {
      const { data } = event;
      await client.query(
        `INSERT INTO portfolio_lines (line_id, name) VALUES ($1, $2) ON CONFLICT (line_id) DO UPDATE SET name = EXCLUDED.name`,
        [data.productLineId, data.name],
      );
      return;
    }
    case 'ProductLineRenamed': {
      const { data } = event;
      await client.query(`UPDATE portfolio_lines SET name = $2 WHERE line_id = $1`, [
        data.productLineId,
        data.name,
      ]);
      return;
    }
    case 'ProductLineArchived': {
      const { data } = event;
      await client.query(`UPDATE portfolio_lines SET archived = true WHERE line_id = $1`, [
        data.productLineId,
      ]);
      return;
    }
  }
}

/** A new revision of the product; when its line changed (registered, moved) its line rollups follow it. */
async function reviseProduct(
  client: PoolClient,
  productId: string,
  at: Date,
  change: Partial<ProductAttributes>,
): Promise<void> {
  const line = await recordProductRevision(client, productId, at, change);
  await followProductToLine(client, productId, line.from, line.to);
}
