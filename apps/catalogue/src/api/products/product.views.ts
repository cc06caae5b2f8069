import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  initialStages,
  productKinds,
  productMarkets,
  stakeholderRoles,
  type InitialStage,
  type ProductKind,
  type ProductMarket,
  type StakeholderRole,
} from '@product-ledger/contracts';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ConformsTo, MineFlag, PageQuery, type MineFlagValue } from '@product-ledger/service-kit';
import { fields } from '../field-schemas';

export class ProductLineRef {
  @ApiProperty({ format: 'uuid' })
  productLineId!: string;

  @ApiPropertyOptional({ description: 'Absent only if the line is unknown to this view.' })
  name?: string;
}

export class StakeholderView {
  @ApiProperty()
  personId!: string;

  @ApiProperty({ enum: stakeholderRoles })
  role!: StakeholderRole;
}

export class ProductVersionView {
  @ApiProperty({ example: '1.4.0' })
  version!: string;

  @ApiProperty({ format: 'date' })
  targetDate!: string;

  @ApiProperty()
  scope!: string;

  @ApiProperty({ enum: ['planned', 'released'] })
  status!: 'planned' | 'released';

  @ApiPropertyOptional({ format: 'date-time' })
  releasedAt?: string;
}

export class ProductView {
  @ApiProperty({ format: 'uuid' })
  productId!: string;

  @ApiProperty()
  code!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ type: ProductLineRef })
  productLine!: ProductLineRef;

  @ApiProperty({ enum: productKinds })
  kind!: ProductKind;

  @ApiProperty({ enum: productMarkets })
  market!: ProductMarket;

  @ApiProperty()
  ownerId!: string;

  @ApiPropertyOptional({ enum: initialStages })
  initialStage?: InitialStage;

  @ApiProperty({ enum: ['active', 'retired'] })
  status!: 'active' | 'retired';

  @ApiPropertyOptional()
  retirementReason?: string;

  @ApiProperty({ type: [StakeholderView] })
  stakeholders!: StakeholderView[];

  @ApiProperty({ type: [ProductVersionView] })
  versions!: ProductVersionView[];

  @ApiProperty({ description: 'Stream version: the value of the ETag, to send back in If-Match.' })
  revision!: number;
}

export class ProductPage {
  @ApiProperty({ type: [ProductView] })
  items!: ProductView[];

  @ApiPropertyOptional({ description: 'Pass as `cursor` for the next page; absent on the last page.' })
  nextCursor?: string;
}

export class ListProductsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only products of this line.' })
  @IsOptional()
  @IsUUID()
  lineId?: string;

  @ApiPropertyOptional({ description: 'Only products owned by this person.' })
  @IsOptional()
  @ConformsTo(fields.personId)
  ownerId?: string;

  @ApiPropertyOptional({ description: 'Text to find in code, name or description (case-insensitive).' })
  @IsOptional()
  @ConformsTo(fields.name)
  q?: string;

  @ApiPropertyOptional({ enum: ['active', 'retired'] })
  @IsOptional()
  @IsIn(['active', 'retired'])
  status?: 'active' | 'retired';

  @MineFlag()
  mine?: MineFlagValue;
}

export class HistoryEntryView {
  @ApiProperty({ description: 'Position in the product stream, from 1.' })
  revision!: number;

  @ApiProperty({ example: 'ProductRenamed' })
  type!: string;

  /** The stored event's data as it is (an object, checked against its contract when it was appended). */
  @ApiProperty({ description: 'What happened: the event data.', type: 'object', additionalProperties: true })
  data!: unknown;

  @ApiPropertyOptional({ description: 'Who: the subject of the token, or `policy:<name>` for a policy.' })
  actor?: string;

  @ApiProperty({ format: 'date-time', description: 'When it was recorded.' })
  recordedAt!: string;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiPropertyOptional()
  correlationId?: string;
}

export class HistoryPage {
  @ApiProperty({ type: [HistoryEntryView] })
  items!: HistoryEntryView[];

  @ApiPropertyOptional()
  nextCursor?: string;
}

export class ProductHistoryQuery extends PageQuery {}

/** Path parameters of DELETE /products/{id}/stakeholders/{personId}/{role}. */
export class StakeholderPath {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;

  @ApiProperty()
  @ConformsTo(fields.personId)
  personId!: string;

  @ApiProperty({ enum: stakeholderRoles })
  @ConformsTo(fields.role)
  role!: StakeholderRole;
}
