import type { components, paths } from './generated/analytics';
import { expectOk, serviceClient } from './http';

type Schemas = components['schemas'];
export type PortfolioReport = Schemas['PortfolioReportResponse'];
export type PortfolioProduct = Schemas['PortfolioProductResponse'];
export type PortfolioQuery = NonNullable<paths['/analytics/portfolio']['get']['parameters']['query']>;
export type Stage = NonNullable<PortfolioQuery['stage']>;

/** Analytics: the portfolio report (paged by cursor, as of a past date when asked). */
export class AnalyticsClient {
  private readonly http = serviceClient<paths>('analytics');

  portfolio(query: PortfolioQuery) {
    return expectOk(this.http.GET('/analytics/portfolio', { params: { query } }));
  }
}
