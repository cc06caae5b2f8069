import { ApiProperty } from '@nestjs/swagger';
import { maxStrategicFit, riceImpacts, type RiceImpact } from '@product-ledger/contracts';
import { IsDefined } from 'class-validator';
import { ConformsTo } from '@product-ledger/service-kit';
import { fields } from '../field-schemas';

/** RICE (reach × impact × confidence ÷ effort) and strategic fit. */
export class ScoreRequestBody {
  @ApiProperty({
    description: 'People or accounts affected per quarter',
    example: 500,
    minimum: 0,
    type: 'integer',
  })
  @IsDefined()
  @ConformsTo(fields.reach)
  reach!: number;

  @ApiProperty({
    enum: riceImpacts,
    description: '3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal',
    example: 2,
  })
  @IsDefined()
  @ConformsTo(fields.impact)
  impact!: RiceImpact;

  @ApiProperty({ description: 'From 0 (a guess) to 1 (certain)', example: 0.8, minimum: 0, maximum: 1 })
  @IsDefined()
  @ConformsTo(fields.confidence)
  confidence!: number;

  @ApiProperty({ description: 'Person-months, above 0', example: 3, exclusiveMinimum: true, minimum: 0 })
  @IsDefined()
  @ConformsTo(fields.effort)
  effort!: number;

  @ApiProperty({
    description: `0 (off strategy) to ${maxStrategicFit} (core of the strategy)`,
    example: 4,
    minimum: 0,
    maximum: maxStrategicFit,
    type: 'integer',
  })
  @IsDefined()
  @ConformsTo(fields.strategicFit)
  strategicFit!: number;
}
