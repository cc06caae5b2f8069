import { ApiPropertyOptional } from '@nestjs/swagger';
import { lifecycleStages, type LifecycleStage } from '@product-ledger/contracts';
import { MineFlag, PageQuery, type MineFlagValue } from '@product-ledger/service-kit';
import { IsIn, IsOptional, IsUUID } from 'class-validator';

export class ListLifecyclesQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "The product's lifecycle and its versions' ones." })
  @IsOptional()
  @IsUUID()
  productId?: string;

  @ApiPropertyOptional({ enum: lifecycleStages })
  @IsOptional()
  @IsIn(lifecycleStages)
  stage?: LifecycleStage;

  @MineFlag()
  mine?: MineFlagValue;
}
