import { ApiPropertyOptional } from '@nestjs/swagger';
import { lifecycleStages, metricNames } from '@product-ledger/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { MineFlag, type MineFlagValue } from '@product-ledger/service-kit';
import { portfolioPageSize } from '../../domain/reporting/portfolio-page';
import { IsAsOf, IsReportPeriod, IsSemver } from './report-validators';

export class PortfolioQueryDto {
  @ApiPropertyOptional({ enum: lifecycleStages, description: 'Only products in this lifecycle stage.' })
  @IsOptional()
  @IsIn(lifecycleStages)
  stage?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only products of this product line.' })
  @IsOptional()
  @IsUUID()
  lineId?: string;

  @ApiPropertyOptional({ description: 'Only products owned by this person.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  ownerId?: string;

  @MineFlag()
  mine?: MineFlagValue;

  @ApiPropertyOptional({
    enum: ['stage', 'line', 'owner'],
    description: 'Add the products up per stage, line or owner.',
  })
  @IsOptional()
  @IsIn(['stage', 'line', 'owner'])
  groupBy?: 'stage' | 'line' | 'owner';

  @ApiPropertyOptional({
    description:
      'The portfolio as it was (and as it was known) then: a date (end of that day, UTC) or a date-time.',
    example: '2025-12-31',
  })
  @IsOptional()
  @IsAsOf()
  asOf?: string;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: portfolioPageSize.max,
    default: portfolioPageSize.default,
    description: 'Products per page (JSON without groupBy; CSV always has every product).',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(portfolioPageSize.max)
  limit?: number;

  @ApiPropertyOptional({
    description: 'Opaque cursor: the `nextCursor` of the previous page (also in its `Link: rel="next"`).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  cursor?: string;
}

export class PerformanceQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'One product (at most one of productId, lineId, stage).',
  })
  @IsOptional()
  @IsUUID()
  productId?: string;

  @ApiPropertyOptional({ description: 'With productId: only facts about this version.', example: '1.4.0' })
  @IsOptional()
  @IsSemver()
  version?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The products of a line.' })
  @IsOptional()
  @IsUUID()
  lineId?: string;

  @ApiPropertyOptional({
    enum: lifecycleStages,
    description: 'Facts about periods that began while the product was in this stage.',
  })
  @IsOptional()
  @IsIn(lifecycleStages)
  stage?: string;

  @ApiPropertyOptional({ enum: metricNames })
  @IsOptional()
  @IsIn(metricNames)
  metric?: string;

  @ApiPropertyOptional({ description: 'First period, inclusive (a day or a month).', example: '2025-04' })
  @IsOptional()
  @IsReportPeriod()
  from?: string;

  @ApiPropertyOptional({ description: 'Last period, inclusive (a day or a month).', example: '2026-03' })
  @IsOptional()
  @IsReportPeriod()
  to?: string;

  @ApiPropertyOptional({ enum: ['day', 'month'], default: 'month' })
  @IsOptional()
  @IsIn(['day', 'month'])
  granularity?: 'day' | 'month';

  @ApiPropertyOptional({
    description: 'The figures as they were known then (facts recorded by then, before their corrections).',
  })
  @IsOptional()
  @IsAsOf()
  asOf?: string;
}

export class LifecycleFlowQueryDto {
  @ApiPropertyOptional({ description: 'First period, inclusive (a day or a month).', example: '2025-01' })
  @IsOptional()
  @IsReportPeriod()
  from?: string;

  @ApiPropertyOptional({ description: 'Last period, inclusive (a day or a month).', example: '2025-12' })
  @IsOptional()
  @IsReportPeriod()
  to?: string;
}

export class ProductFilterQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this product.' })
  @IsOptional()
  @IsUUID()
  productId?: string;
}
