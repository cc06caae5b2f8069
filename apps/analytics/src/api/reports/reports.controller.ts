import { Controller, Get, Inject, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentActor, isMine, PG_POOL, problem, Roles, type Actor } from '@product-ledger/service-kit';
import type { Request, Response } from 'express';
import type { Pool } from 'pg';
import { businessCaseReport } from '../../application/reports/business-case-report';
import { lifecycleFlowReport } from '../../application/reports/lifecycle-flow-report';
import { performanceReport } from '../../application/reports/performance-report';
import { portfolioReport } from '../../application/reports/portfolio-report';
import { requestDemandReport } from '../../application/reports/request-demand-report';
import { decodePortfolioCursor, portfolioPageSize } from '../../domain/reporting/portfolio-page';
import { CsvReport } from '../csv/csv-report';
import { businessCasesCsv, lifecycleFlowCsv, performanceCsv, requestDemandCsv } from './report-csv';
import { portfolioCsvStream } from './portfolio-csv-stream';
import {
  LifecycleFlowQueryDto,
  PerformanceQueryDto,
  PortfolioQueryDto,
  ProductFilterQueryDto,
} from './report-queries';
import {
  BusinessCaseReportResponse,
  LifecycleFlowReportResponse,
  PerformanceReportResponse,
  PortfolioReportResponse,
  RequestDemandReportResponse,
} from './report-responses';

/** The analyst's query API over the read models: JSON, or CSV with `Accept: text/csv`. */
@ApiTags('analytics')
@ApiBearerAuth()
@Roles('analyst', 'product_manager', 'gatekeeper', 'admin')
@Controller('analytics')
export class ReportsController {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  @Get('portfolio')
  @ApiOperation({
    summary:
      'The portfolio: a page of products by name, or added up per stage, line or owner; asOf for a past date. ' +
      'More pages: nextCursor (and Link rel="next"). CSV: every product, streamed',
  })
  @ApiOkResponse({ type: PortfolioReportResponse })
  @ApiProduces('application/json', 'text/csv')
  async portfolio(
    @Query() query: PortfolioQueryDto,
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { limit, cursor, mine, ...filters } = query;
    const selection = { ...filters, ...(isMine(mine) ? { mine: actor.subject } : {}) };
    if (selection.groupBy !== undefined && (limit !== undefined || cursor !== undefined)) {
      const paging = (['limit', 'cursor'] as const).filter((name) => query[name] !== undefined);
      problem(400, 'Bad Request', 'groupBy answers every group: no limit or cursor', {
        errors: paging.map((path) => ({ path, message: 'not with groupBy' })),
      });
    }
    if (request.accepts(['application/json', 'text/csv']) === 'text/csv') {
      return new StreamableFile(portfolioCsvStream(this.pool, selection), {
        type: 'text/csv; charset=utf-8',
        disposition: 'inline; filename="portfolio.csv"',
      });
    }
    const after = cursor === undefined ? undefined : decodePortfolioCursor(cursor);
    if (cursor !== undefined && after === undefined) {
      problem(400, 'Bad Request', 'cursor is not a cursor returned by this list', {
        errors: [{ path: 'cursor', message: 'cursor is not a cursor returned by this list' }],
      });
    }
    const report = await portfolioReport(this.pool, {
      ...selection,
      ...(selection.groupBy ? {} : { limit: limit ?? portfolioPageSize.default, after }),
    });
    if (report.nextCursor !== undefined) {
      const next = new URL(request.originalUrl, 'http://portfolio.invalid');
      next.searchParams.set('cursor', report.nextCursor);
      response.setHeader('Link', `<${next.pathname}${next.search}>; rel="next"`);
    }
    return report;
  }

  @Get('performance')
  @ApiOperation({
    summary:
      'In-life performance per day or month and metric, for a product, a line, a stage or the portfolio',
  })
  @ApiOkResponse({ type: PerformanceReportResponse })
  @CsvReport(performanceCsv)
  performance(@Query() query: PerformanceQueryDto) {
    const scopes = (['productId', 'lineId', 'stage'] as const).filter((name) => query[name] !== undefined);
    if (scopes.length > 1) {
      problem(400, 'Bad Request', 'ask for one of productId, lineId and stage', {
        errors: scopes.map((path) => ({ path, message: 'only one of productId, lineId and stage' })),
      });
    }
    if (query.version !== undefined && query.productId === undefined) {
      problem(400, 'Bad Request', 'version needs productId', {
        errors: [{ path: 'version', message: 'version needs productId' }],
      });
    }
    return performanceReport(this.pool, { ...query, granularity: query.granularity ?? 'month' });
  }

  @Get('lifecycle-flow')
  @ApiOperation({
    summary:
      'Time in each stage, gate decisions and kill rate per gate, cycle time from innovation to in_life',
  })
  @ApiOkResponse({ type: LifecycleFlowReportResponse })
  @CsvReport(lifecycleFlowCsv)
  lifecycleFlow(@Query() query: LifecycleFlowQueryDto) {
    return lifecycleFlowReport(this.pool, query);
  }

  @Get('request-demand')
  @ApiOperation({
    summary: 'Requests per product: by status, revenue-weighted demand, RHiNO share, time to decision',
  })
  @ApiOkResponse({ type: RequestDemandReportResponse })
  @CsvReport(requestDemandCsv)
  requestDemand(@Query() query: ProductFilterQueryDto) {
    return requestDemandReport(this.pool, query);
  }

  @Get('business-cases')
  @ApiOperation({ summary: 'The approved business case per year next to the actual revenue since launch' })
  @ApiOkResponse({ type: BusinessCaseReportResponse })
  @CsvReport(businessCasesCsv)
  businessCases(@Query() query: ProductFilterQueryDto) {
    return businessCaseReport(this.pool, query);
  }
}
