import type { Pool } from 'pg';
import { Readable } from 'node:stream';
import { portfolioReport, type PortfolioQuery } from '../../application/reports/portfolio-report';
import { decodePortfolioCursor, portfolioPageSize } from '../../domain/reporting/portfolio-page';
import { toCsv } from '../csv/to-csv';
import { portfolioCsv } from './report-csv';

/**
 * The whole portfolio as CSV (`limit` and `cursor` page the JSON only), streamed page by page of the
 * largest page size, so neither the rows nor the text of 10,000 products are held at once. Every page
 * describes the same moment.
 */
export function portfolioCsvStream(pool: Pool, query: Omit<PortfolioQuery, 'limit' | 'after'>): Readable {
  const now = new Date();
  const header = toCsv(portfolioCsv.columns, []);
  async function* lines(): AsyncGenerator<string> {
    yield header;
    let after: PortfolioQuery['after'];
    for (;;) {
      const report = await portfolioReport(
        pool,
        { ...query, ...(query.groupBy ? {} : { limit: portfolioPageSize.max, after }) },
        now,
      );
      yield toCsv(portfolioCsv.columns, portfolioCsv.rows(report)).slice(header.length);
      after = report.nextCursor === undefined ? undefined : decodePortfolioCursor(report.nextCursor);
      if (!after) return;
    }
  }
  return Readable.from(lines());
}
