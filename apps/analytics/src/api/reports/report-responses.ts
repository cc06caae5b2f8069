import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/* Response shapes, for the OpenAPI document. */

export class MoneyAmountResponse {
  @ApiProperty({ example: 'EUR' }) currency!: string;
  @ApiProperty({ example: 1250000 }) amount!: number;
}

export class PortfolioVersionResponse {
  @ApiProperty({ example: '2.1.0' }) version!: string;
  @ApiProperty({ nullable: true, example: '2026-06-30' }) targetDate!: string | null;
  @ApiProperty({ nullable: true, format: 'date-time' }) releasedAt!: string | null;
  @ApiProperty({ nullable: true, description: "The version's own lifecycle stage." }) stage!: string | null;
}

export class PortfolioProductResponse {
  @ApiProperty({ format: 'uuid' }) productId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'uuid' }) lineId!: string;
  @ApiProperty({ nullable: true }) lineName!: string | null;
  @ApiProperty() ownerId!: string;
  @ApiProperty({ enum: ['software', 'physical', 'service'] }) kind!: string;
  @ApiProperty({ enum: ['b2b', 'b2c', 'internal'] }) market!: string;
  @ApiProperty({ enum: ['active', 'retired'] }) status!: string;
  @ApiProperty({ nullable: true }) stage!: string | null;
  @ApiProperty({ nullable: true, format: 'date-time' }) stageSince!: string | null;
  @ApiProperty({ type: [PortfolioVersionResponse] }) versions!: PortfolioVersionResponse[];
  @ApiProperty({ description: 'Requests open or deferred.' }) openRequests!: number;
  @ApiProperty() acceptedRequests!: number;
  @ApiProperty({
    type: [MoneyAmountResponse],
    description: 'Per currency, the 12 calendar months ending with the month of the report.',
  })
  revenueLast12Months!: MoneyAmountResponse[];
  @ApiProperty({ nullable: true, description: 'At the latest period reported.' }) activeCustomers!:
    | number
    | null;
  @ApiProperty({ nullable: true, description: 'At the latest period reported.' }) nps!: number | null;
}

export class PortfolioGroupResponse {
  @ApiProperty({ enum: ['stage', 'line', 'owner'] }) groupBy!: string;
  @ApiProperty({ nullable: true }) key!: string | null;
  @ApiProperty({ nullable: true }) label!: string | null;
  @ApiProperty() products!: number;
  @ApiProperty() openRequests!: number;
  @ApiProperty() acceptedRequests!: number;
  @ApiProperty({ type: [MoneyAmountResponse] }) revenueLast12Months!: MoneyAmountResponse[];
  @ApiProperty({ nullable: true }) activeCustomers!: number | null;
  @ApiProperty({ nullable: true }) nps!: number | null;
}

export class DateRangeResponse {
  @ApiProperty({ example: '2025-04-01' }) from!: string;
  @ApiProperty({ example: '2026-04-01', description: 'Exclusive.' }) to!: string;
}

export class PortfolioReportResponse {
  @ApiProperty({ nullable: true, format: 'date-time', description: 'The moment described; null for now.' })
  asOf!: string | null;
  @ApiProperty({ type: DateRangeResponse }) revenueWindow!: DateRangeResponse;
  @ApiProperty({ nullable: true, enum: ['stage', 'line', 'owner'] }) groupBy!: string | null;
  @ApiPropertyOptional({
    type: [PortfolioProductResponse],
    description: 'Without groupBy: a page of products by name (`limit`, default 100).',
  })
  products?: PortfolioProductResponse[];
  @ApiPropertyOptional({
    description: 'Without groupBy, when more products follow: pass it as `cursor` for the next page.',
  })
  nextCursor?: string;
  @ApiPropertyOptional({ type: [PortfolioGroupResponse], description: 'With groupBy.' })
  groups?: PortfolioGroupResponse[];
}

export class PerformancePointResponse {
  @ApiProperty({ example: '2026-03' }) period!: string;
  @ApiProperty() metric!: string;
  @ApiProperty() unit!: string;
  @ApiProperty({
    description: 'sum: total; stock: per product averaged over time, then added; score: average.',
  })
  value!: number;
  @ApiProperty({ enum: ['sum', 'stock', 'score'] }) aggregation!: string;
  @ApiProperty() sum!: number;
  @ApiProperty({ description: 'Facts behind the figure.' }) facts!: number;
  @ApiProperty() products!: number;
}

export class PerformanceScopeResponse {
  @ApiPropertyOptional({ format: 'uuid' }) productId?: string;
  @ApiPropertyOptional() version?: string;
  @ApiPropertyOptional({ format: 'uuid' }) lineId?: string;
  @ApiPropertyOptional() stage?: string;
}

export class PerformanceReportResponse {
  @ApiProperty({ type: PerformanceScopeResponse }) scope!: PerformanceScopeResponse;
  @ApiProperty({ enum: ['day', 'month'] }) granularity!: string;
  @ApiProperty({ nullable: true, format: 'date-time' }) asOf!: string | null;
  @ApiProperty({ type: [PerformancePointResponse] }) points!: PerformancePointResponse[];
}

export class DurationFiguresResponse {
  @ApiProperty() count!: number;
  @ApiProperty({ nullable: true }) averageDays!: number | null;
  @ApiProperty({ nullable: true }) medianDays!: number | null;
  @ApiProperty({ nullable: true }) p90Days!: number | null;
}

export class StageTimeResponse extends DurationFiguresResponse {
  @ApiProperty() stage!: string;
  @ApiProperty({ description: 'Lifecycles in the stage now.' }) inStageNow!: number;
}

export class GateFiguresResponse {
  @ApiProperty({ description: 'The stage the gate leads into.' }) gate!: string;
  @ApiProperty() decisions!: number;
  @ApiProperty() go!: number;
  @ApiProperty() kill!: number;
  @ApiProperty() hold!: number;
  @ApiProperty() recycle!: number;
  @ApiProperty({ nullable: true }) passRate!: number | null;
  @ApiProperty({ nullable: true }) killRate!: number | null;
  @ApiProperty({ nullable: true }) averageReviewDays!: number | null;
}

export class LifecycleFlowReportResponse {
  @ApiProperty({ nullable: true }) from!: string | null;
  @ApiProperty({ nullable: true, description: 'Exclusive.' }) to!: string | null;
  @ApiProperty({ type: [StageTimeResponse] }) timeInStage!: StageTimeResponse[];
  @ApiProperty({ type: [GateFiguresResponse] }) gates!: GateFiguresResponse[];
  @ApiProperty({ type: DurationFiguresResponse, description: 'Innovation to in_life.' })
  cycleTime!: DurationFiguresResponse;
}

export class TimeToDecisionResponse {
  @ApiProperty() decided!: number;
  @ApiProperty({ nullable: true }) averageDays!: number | null;
  @ApiProperty({ nullable: true }) medianDays!: number | null;
}

export class ProductDemandResponse {
  @ApiProperty({ nullable: true, format: 'uuid', description: 'null: requests not linked to a product yet.' })
  productId!: string | null;
  @ApiProperty({ nullable: true }) productName!: string | null;
  @ApiProperty({ nullable: true }) productCode!: string | null;
  @ApiProperty() requests!: number;
  @ApiProperty() open!: number;
  @ApiProperty() deferred!: number;
  @ApiProperty() accepted!: number;
  @ApiProperty() declined!: number;
  @ApiProperty() delivered!: number;
  @ApiProperty() closed!: number;
  @ApiProperty({
    description: 'Annual revenue of the distinct accounts behind open, deferred and accepted requests.',
  })
  revenueWeightedDemand!: number;
  @ApiProperty() accounts!: number;
  @ApiProperty({ nullable: true }) rhinoShare!: number | null;
  @ApiProperty({ type: TimeToDecisionResponse }) timeToDecision!: TimeToDecisionResponse;
}

export class RequestDemandReportResponse {
  @ApiProperty({ type: [ProductDemandResponse] }) products!: ProductDemandResponse[];
}

export class BusinessCaseYearResponse {
  @ApiProperty({ enum: [1, 2, 3] }) year!: number;
  @ApiProperty({ nullable: true }) from!: string | null;
  @ApiProperty({ nullable: true, description: 'Exclusive.' }) to!: string | null;
  @ApiProperty() forecast!: number;
  @ApiProperty({ nullable: true, description: 'null before launch.' }) actual!: number | null;
  @ApiProperty() complete!: boolean;
}

export class BusinessCaseResponse {
  @ApiProperty({ format: 'uuid' }) lifecycleId!: string;
  @ApiProperty({ format: 'uuid' }) productId!: string;
  @ApiProperty({ nullable: true }) productName!: string | null;
  @ApiProperty({ nullable: true }) version!: string | null;
  @ApiProperty({ enum: ['approved', 'submitted'] }) status!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ nullable: true, format: 'date-time' }) approvedAt!: string | null;
  @ApiProperty({ nullable: true, format: 'date-time' }) launchedAt!: string | null;
  @ApiProperty() currency!: string;
  @ApiProperty() investment!: number;
  @ApiProperty() paybackMonths!: number;
  @ApiProperty({ type: [BusinessCaseYearResponse] }) years!: BusinessCaseYearResponse[];
  @ApiProperty() forecastTotal!: number;
  @ApiProperty({ nullable: true }) actualTotal!: number | null;
}

export class BusinessCaseReportResponse {
  @ApiProperty({ type: [BusinessCaseResponse] }) businessCases!: BusinessCaseResponse[];
}
