import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { MineFlag, PageQuery, type MineFlagValue } from '@product-ledger/service-kit';

export class ProductLineView {
  @ApiProperty({ format: 'uuid' })
  productLineId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ enum: ['active', 'archived'] })
  status!: 'active' | 'archived';

  @ApiPropertyOptional({
    description:
      'Who owns the line (may change it and its products); absent on lines created before lines had owners.',
  })
  ownerId?: string;

  @ApiProperty({ description: 'Stream version: the value of the ETag, to send back in If-Match.' })
  revision!: number;
}

export class ProductLineListItem extends ProductLineView {
  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class ProductLinePage {
  @ApiProperty({ type: [ProductLineListItem] })
  items!: ProductLineListItem[];

  @ApiPropertyOptional({ description: 'Pass as `cursor` for the next page; absent on the last page.' })
  nextCursor?: string;
}

export class ListProductLinesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['active', 'archived'] })
  @IsOptional()
  @IsIn(['active', 'archived'])
  status?: 'active' | 'archived';

  @MineFlag('true: only the lines I own (the token subject).')
  mine?: MineFlagValue;
}
