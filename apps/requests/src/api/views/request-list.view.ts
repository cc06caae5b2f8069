import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  requestSources,
  requestStatuses,
  type RequestSource,
  type RequestStatus,
} from '@product-ledger/contracts';
import { commercialNote } from '@product-ledger/service-kit';

export class RequestListItem {
  @ApiProperty({ format: 'uuid' }) requestId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) productId!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: requestSources }) source!: RequestSource;
  @ApiProperty({ enum: requestStatuses }) status!: RequestStatus;
  @ApiProperty() rhino!: boolean;
  @ApiPropertyOptional({ description: commercialNote }) dealValue?: number;
  @ApiPropertyOptional({ description: `Sum of the distinct accounts' annual revenue. ${commercialNote}` })
  demand?: number;
  @ApiProperty() accountCount!: number;
  @ApiProperty({ nullable: true, type: Number }) rice!: number | null;
  @ApiProperty({ nullable: true, type: Number }) strategicFit!: number | null;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: `0-100 within its product; null unless open, deferred or accepted. It weighs the demand: ${commercialNote}`,
  })
  priority?: number | null;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class RequestListPage {
  @ApiProperty({ type: [RequestListItem] }) items!: RequestListItem[];
  @ApiPropertyOptional({ description: 'Pass as cursor for the next page; absent on the last page' })
  nextCursor?: string;
}
