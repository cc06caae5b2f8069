import type { Stage } from '../../lib/api/analytics-client';
import { stageLabels } from '../../components/labels';

export const sortKeys = [
  'name',
  'code',
  'line',
  'owner',
  'stage',
  'stageSince',
  'openRequests',
  'revenue',
  'nps',
] as const;
export type SortKey = (typeof sortKeys)[number];

/** The portfolio view as the URL holds it: every filter, the sort and the as-of date are part of the link. */
export interface PortfolioSearch {
  line?: string;
  stage?: Stage;
  owner?: string;
  mine?: boolean;
  q?: string;
  sort?: SortKey;
  desc?: boolean;
  /** YYYY-MM-DD (the end of that day, UTC) or an ISO date-time: the portfolio as it stood then. */
  asOf?: string;
  /** Totals per product line, stage or owner instead of one row per product. */
  group?: 'line' | 'stage' | 'owner';
}

const AS_OF = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const text = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 200) : undefined;
const flag = (value: unknown) =>
  value === true || value === 'true' || value === '1' || value === 1 ? true : undefined;

/** Reads the query string leniently: an unknown value is dropped, not an error page. */
export function parsePortfolioSearch(search: Record<string, unknown>): PortfolioSearch {
  const stage = text(search.stage);
  const sort = text(search.sort);
  const asOf = text(search.asOf);
  const group = text(search.group);
  return {
    line: text(search.line),
    stage: stage && stage in stageLabels ? (stage as Stage) : undefined,
    owner: text(search.owner),
    mine: flag(search.mine),
    q: text(search.q),
    sort: sort && (sortKeys as readonly string[]).includes(sort) ? (sort as SortKey) : undefined,
    desc: flag(search.desc),
    asOf: asOf && AS_OF.test(asOf) && !Number.isNaN(Date.parse(asOf)) ? asOf : undefined,
    group: group === 'line' || group === 'stage' || group === 'owner' ? group : undefined,
  };
}

/** What of the view analytics filters itself (the text filter and the sort apply to the loaded rows). */
export function portfolioFilters(search: PortfolioSearch) {
  return {
    lineId: search.line,
    stage: search.stage,
    // Mine: products I own or take part in (any stakeholder role), as analytics knows them for the token.
    ownerId: search.mine ? undefined : search.owner,
    mine: search.mine ? ('true' as const) : undefined,
    asOf: search.asOf,
  };
}
