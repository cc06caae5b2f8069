import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '@product-ledger/service-kit';

export class ProductLineView {
  @ApiProperty({ format: 'uuid' })
  productLineId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ enum: ['active', 'archived'] })
  status!: 'active' | 'archived';

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
}
