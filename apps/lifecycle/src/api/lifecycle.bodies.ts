import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { gatedStages, lifecycleStages, type LifecycleStage } from '@product-ledger/contracts';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, ValidateNested } from 'class-validator';
import { ConformsTo, Optional } from '@product-ledger/service-kit';
import { fields } from './field-schemas';

export class OpenGateReviewBody {
  @ApiProperty({
    enum: lifecycleStages,
    example: 'analysis',
    description: `The next stage: one of ${gatedStages.join(', ')}.`,
  })
  @ConformsTo(fields.stage)
  toStage!: LifecycleStage;
}

export class AdvanceBody {
  @ApiProperty({
    enum: lifecycleStages,
    example: 'go_to_market',
    description: 'The next stage, through a gate that needs no review.',
  })
  @ConformsTo(fields.stage)
  toStage!: LifecycleStage;
}

export class ExpectedRevenueBody {
  @ApiProperty({
    minimum: 0,
    maximum: 1e15,
    example: 100000,
    description: 'Revenue in the first year after launch.',
  })
  @ConformsTo(fields.amount)
  year1!: number;

  @ApiProperty({ minimum: 0, maximum: 1e15, example: 300000 })
  @ConformsTo(fields.amount)
  year2!: number;

  @ApiProperty({ minimum: 0, maximum: 1e15, example: 500000 })
  @ConformsTo(fields.amount)
  year3!: number;
}

export class BusinessCaseBody {
  @ApiProperty({ minLength: 1, maxLength: 4000, example: 'Self-service onboarding for small teams' })
  @ConformsTo(fields.proposition)
  proposition!: string;

  @ApiProperty({ minLength: 1, maxLength: 2000, example: 'B2B SaaS, 10-50 seats' })
  @ConformsTo(fields.targetMarket)
  targetMarket!: string;

  @ApiProperty({ pattern: '^[A-Z]{3}$', example: 'EUR', description: 'ISO 4217; every amount is in it.' })
  @ConformsTo(fields.currency)
  currency!: string;

  @ApiProperty({ minimum: 0, maximum: 1e15, example: 250000 })
  @ConformsTo(fields.amount)
  investment!: number;

  @ApiProperty({ type: ExpectedRevenueBody })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ExpectedRevenueBody)
  expectedRevenue!: ExpectedRevenueBody;

  @ApiProperty({ minimum: 1, maximum: 600, example: 20 })
  @ConformsTo(fields.paybackMonths)
  paybackMonths!: number;
}

export class ActivityCompletionBody {
  @ApiPropertyOptional({ maxLength: 4000, example: 'Interviews with 12 customers, notes in the wiki' })
  @Optional()
  @ConformsTo(fields.note)
  note?: string;
}

export class WithdrawalBody {
  @ApiProperty({
    format: 'date',
    example: '2026-12-31',
    description: 'The day the product stops being offered.',
  })
  @ConformsTo(fields.effectiveDate)
  effectiveDate!: string;

  @ApiProperty({ minLength: 1, maxLength: 4000, example: 'Replaced by the cloud edition' })
  @ConformsTo(fields.reason)
  reason!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The product customers move to.' })
  @Optional()
  @ConformsTo(fields.productId)
  replacementProductId?: string;
}

/** Completing a withdrawal takes no input: it carries the announced terms. */
export class WithdrawalCompletionBody {}
