import { infiniteQueryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useApi } from '../../../lib/api/api-clients';
import type { AnalyticsClient, PortfolioQuery } from '../../../lib/api/analytics-client';

const PAGE_SIZE = 100;

export type PortfolioFilters = Pick<PortfolioQuery, 'lineId' | 'stage' | 'ownerId' | 'mine' | 'asOf'>;

/** The portfolio from analytics, a page (cursor) at a time; the filters the server knows go to the server. */
export function portfolioQuery(analytics: AnalyticsClient, filters: PortfolioFilters) {
  return infiniteQueryOptions({
    queryKey: ['portfolio', filters],
    queryFn: ({ pageParam }) => analytics.portfolio({ ...filters, limit: PAGE_SIZE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function usePortfolio(filters: PortfolioFilters) {
  const { analytics } = useApi();
  return useInfiniteQuery(portfolioQuery(analytics, filters));
}

/** Totals per line, stage or owner (summed by analytics), with the same filters and date. */
export function usePortfolioGroups(
  groupBy: PortfolioQuery['groupBy'],
  filters: Pick<PortfolioQuery, 'lineId' | 'stage' | 'ownerId' | 'mine' | 'asOf'>,
) {
  const { analytics } = useApi();
  return useQuery({
    queryKey: ['portfolio', 'groups', groupBy, filters],
    queryFn: () => analytics.portfolio({ ...filters, groupBy }),
    enabled: groupBy !== undefined,
  });
}

export function useProductLines() {
  const { catalogue } = useApi();
  return useQuery({
    queryKey: ['product-lines'],
    queryFn: () => catalogue.productLines('active'),
    staleTime: 60_000,
  });
}
