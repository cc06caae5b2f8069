import { ApiPropertyOptional } from '@nestjs/swagger';
import { lifecycleStages, type LifecycleStage } from '@product-ledger/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export const defaultPageSize = 50;

export class ListLifecyclesQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "The product's lifecycle and its versions' ones." })
  @IsOptional()
  @IsUUID()
  productId?: string;

  @ApiPropertyOptional({ enum: lifecycleStages })
  @IsOptional()
  @IsIn(lifecycleStages)
  stage?: LifecycleStage;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: defaultPageSize })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque: the `nextCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  cursor?: string;
}
