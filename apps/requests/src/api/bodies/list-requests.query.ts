import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  requestSources,
  requestStatuses,
  type RequestSource,
  type RequestStatus,
} from '@product-ledger/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { MineFlag, type MineFlagValue } from '@product-ledger/service-kit';

export const requestSorts = ['priority', 'demand', 'recent'] as const;
export type RequestSort = (typeof requestSorts)[number];

export class ListRequestsQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  productId?: string;

  @ApiPropertyOptional({ enum: requestStatuses })
  @IsOptional()
  @IsIn([...requestStatuses])
  status?: RequestStatus;

  @ApiPropertyOptional({ enum: requestSources })
  @IsOptional()
  @IsIn([...requestSources])
  source?: RequestSource;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Only RHiNOs (true) or only the others (false)',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  rhino?: 'true' | 'false';

  @MineFlag('true: only requests of products I own or am a stakeholder of (the token subject).')
  mine?: MineFlagValue;

  @ApiPropertyOptional({
    enum: requestSorts,
    default: 'recent',
    description: 'priority: within each product, highest first',
  })
  @IsOptional()
  @IsIn([...requestSorts])
  sort?: RequestSort;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  cursor?: string;
}
