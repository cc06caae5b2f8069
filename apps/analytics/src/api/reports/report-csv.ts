import type { BusinessCaseVsActuals } from '../../application/reports/business-case-report';
import type { LifecycleFlowReport } from '../../application/reports/lifecycle-flow-report';
import type { PerformanceReport } from '../../application/reports/performance-report';
import type { PortfolioReport } from '../../application/reports/portfolio-report';
import type { ProductDemand } from '../../application/reports/request-demand-report';
import type { CsvReportSpec } from '../csv/csv-report';

/** How each report flattens into CSV rows (one spreadsheet table per report). */
const money = (amounts: readonly { currency: string; amount: number }[]) =>
  amounts.map(({ currency, amount }) => `${currency} ${amount}`).join('; ');

export const portfolioCsv: CsvReportSpec<PortfolioReport> = {
  name: 'portfolio',
  columns: [
    'groupBy',
    'key',
    'label',
    'productId',
    'code',
    'name',
    'lineId',
    'lineName',
    'ownerId',
    'kind',
    'market',
    'status',
    'stage',
    'stageSince',
    'versions',
    'products',
    'openRequests',
    'acceptedRequests',
    'revenueLast12Months',
    'activeCustomers',
    'nps',
    'asOf',
  ],
  rows: (report) =>
    report.groups
      ? report.groups.map((group) => ({
          ...group,
          revenueLast12Months: money(group.revenueLast12Months),
          asOf: report.asOf,
        }))
      : (report.products ?? []).map((product) => ({
          ...product,
          versions: product.versions
            .map((v) => `${v.version}${v.releasedAt ? ' released' : ''}${v.stage ? ` (${v.stage})` : ''}`)
            .join('; '),
          revenueLast12Months: money(product.revenueLast12Months),
          asOf: report.asOf,
        })),
};

export const performanceCsv: CsvReportSpec<PerformanceReport> = {
  name: 'performance',
  columns: [
    'period',
    'metric',
    'unit',
    'value',
    'aggregation',
    'sum',
    'facts',
    'products',
    'productId',
    'version',
    'lineId',
    'stage',
    'granularity',
    'asOf',
  ],
  rows: (report) =>
    report.points.map((point) => ({
      ...point,
      ...report.scope,
      granularity: report.granularity,
      asOf: report.asOf,
    })),
};

export const lifecycleFlowCsv: CsvReportSpec<LifecycleFlowReport> = {
  name: 'lifecycle-flow',
  columns: [
    'section',
    'stage',
    'gate',
    'count',
    'averageDays',
    'medianDays',
    'p90Days',
    'inStageNow',
    'decisions',
    'go',
    'kill',
    'hold',
    'recycle',
    'passRate',
    'killRate',
    'averageReviewDays',
    'from',
    'to',
  ],
  rows: (report) => [
    ...report.timeInStage.map((row) => ({
      section: 'time_in_stage',
      ...row,
      from: report.from,
      to: report.to,
    })),
    ...report.gates.map((row) => ({ section: 'gate', ...row, from: report.from, to: report.to })),
    {
      section: 'cycle_time',
      stage: 'innovation->in_life',
      ...report.cycleTime,
      from: report.from,
      to: report.to,
    },
  ],
};

export const requestDemandCsv: CsvReportSpec<{ products: ProductDemand[] }> = {
  name: 'request-demand',
  columns: [
    'productId',
    'productCode',
    'productName',
    'requests',
    'open',
    'deferred',
    'accepted',
    'declined',
    'delivered',
    'closed',
    'revenueWeightedDemand',
    'accounts',
    'rhinoShare',
    'decided',
    'averageDaysToDecision',
    'medianDaysToDecision',
  ],
  rows: (report) =>
    report.products.map(({ timeToDecision, ...row }) => ({
      ...row,
      decided: timeToDecision.decided,
      averageDaysToDecision: timeToDecision.averageDays,
      medianDaysToDecision: timeToDecision.medianDays,
    })),
};

export const businessCasesCsv: CsvReportSpec<{ businessCases: BusinessCaseVsActuals[] }> = {
  name: 'business-cases',
  columns: [
    'lifecycleId',
    'productId',
    'productName',
    'version',
    'status',
    'revision',
    'approvedAt',
    'launchedAt',
    'currency',
    'investment',
    'paybackMonths',
    'year',
    'from',
    'to',
    'forecast',
    'actual',
    'complete',
  ],
  rows: (report) =>
    report.businessCases.flatMap(
      ({ years, forecastTotal: _forecast, actualTotal: _actual, ...businessCase }) =>
        years.map((year) => ({ ...businessCase, ...year })),
    ),
};
