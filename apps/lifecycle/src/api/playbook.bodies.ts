import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  activityKinds,
  criterionTypes,
  gatedStages,
  stagesWithActivities,
  type ActivityKind,
  type CriterionType,
  type GatedStage,
  type StageWithActivities,
} from '@product-ledger/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, ValidateNested } from 'class-validator';
import { ConformsTo, Optional } from '@product-ledger/service-kit';
import { fields } from './field-schemas';

export class ActivityBody {
  @ApiProperty({ example: 'market-validation', description: 'Unique across the playbook.' })
  @ConformsTo(fields.slug)
  id!: string;

  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Validate the market need' })
  @ConformsTo(fields.name)
  name!: string;

  @ApiProperty({ enum: activityKinds })
  @ConformsTo(fields.activityKind)
  kind!: ActivityKind;

  @ApiProperty({
    example: 'product_management',
    description: 'The organisational role that usually does it.',
  })
  @ConformsTo(fields.slug)
  ownerRole!: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @Optional()
  @ConformsTo(fields.description)
  description?: string;
}

export class StageActivitiesBody {
  @ApiProperty({ enum: stagesWithActivities })
  @ConformsTo(fields.stageWithActivities)
  stage!: StageWithActivities;

  @ApiProperty({ type: [ActivityBody], maxItems: 100 })
  @IsArray()
  @ArrayMaxSize(100)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ActivityBody)
  activities!: ActivityBody[];
}

export class CriterionBody {
  @ApiProperty({ example: 'market-need-validated', description: 'Unique within its gate.' })
  @ConformsTo(fields.slug)
  id!: string;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @ConformsTo(fields.name)
  name!: string;

  @ApiProperty({ enum: criterionTypes })
  @ConformsTo(fields.criterionType)
  type!: CriterionType;

  @ApiProperty({
    type: [String],
    maxItems: 50,
    description: 'Activities of the stage the gate leaves that a go needs complete (must-meet criteria).',
  })
  @ConformsTo(fields.requiredActivities)
  requiredActivities!: string[];

  @ApiPropertyOptional({ maxLength: 2000 })
  @Optional()
  @ConformsTo(fields.description)
  description?: string;
}

export class GateBody {
  @ApiProperty({ enum: gatedStages })
  @ConformsTo(fields.gatedStage)
  toStage!: GatedStage;

  @ApiProperty({
    description: 'false: a product manager advances directly, no review (never for development).',
  })
  @ConformsTo(fields.boolean)
  requiresReview!: boolean;

  @ApiProperty({ type: [CriterionBody], maxItems: 100 })
  @IsArray()
  @ArrayMaxSize(100)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => CriterionBody)
  criteria!: CriterionBody[];
}

export class PlaybookBody {
  @ApiProperty({ minLength: 1, maxLength: 200, example: 'Web products' })
  @ConformsTo(fields.name)
  name!: string;

  @ApiProperty({ type: [GateBody], maxItems: 20, description: 'One per gated stage.' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => GateBody)
  gates!: GateBody[];

  @ApiProperty({ type: [StageActivitiesBody], maxItems: 20 })
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => StageActivitiesBody)
  stages!: StageActivitiesBody[];
}
