import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { commercialNote } from '@product-ledger/service-kit';
import { requestStatuses, type RequestStatus } from '@product-ledger/contracts';
import { priorityWeights } from '../../domain/ranking/priority-weights';
import { CustomerAccountBody } from '../bodies/customer-account.body';

class PartShareView {
  @ApiProperty({ description: "value ÷ the best value among the product's ranked requests" }) share!: number;
  @ApiProperty({ description: 'Points this part gives at most' }) weight!: number;
  @ApiProperty({ description: 'share × weight' }) points!: number;
}

export class RicePartView extends PartShareView {
  @ApiProperty({ nullable: true, type: Number }) reach!: number | null;
  @ApiProperty({ nullable: true, type: Number }) impact!: number | null;
  @ApiProperty({ nullable: true, type: Number }) confidence!: number | null;
  @ApiProperty({ nullable: true, type: Number }) effort!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'reach × impact × confidence ÷ effort' }) value!:
    | number
    | null;
  @ApiProperty({ description: 'Best RICE of the product' }) best!: number;
}

export class DemandPartView extends PartShareView {
  @ApiProperty({ type: [CustomerAccountBody] }) accounts!: readonly CustomerAccountBody[];
  @ApiProperty() accountCount!: number;
  @ApiProperty({ description: "Sum of the distinct accounts' annual revenue" }) value!: number;
  @ApiProperty({ description: 'Best demand of the product' }) best!: number;
}

export class StrategicFitPartView extends PartShareView {
  @ApiProperty({ nullable: true, type: Number }) value!: number | null;
  @ApiProperty() max!: number;
}

export class PriorityPartsView {
  @ApiProperty({ type: RicePartView }) rice!: RicePartView;
  @ApiPropertyOptional({ type: DemandPartView, description: commercialNote }) demand?: DemandPartView;
  @ApiProperty({ type: StrategicFitPartView }) strategicFit!: StrategicFitPartView;
}

export class RankingEntryView {
  @ApiProperty() rank!: number;
  @ApiProperty({ format: 'uuid' }) requestId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: requestStatuses }) status!: RequestStatus;
  @ApiProperty() rhino!: boolean;
  @ApiProperty({ description: '0-100, the sum of the parts’ points' }) priority!: number;
  @ApiProperty({ type: PriorityPartsView }) parts!: PriorityPartsView;
  @ApiPropertyOptional({
    description: `The score in words, part by part (it names the demand: ${commercialNote})`,
  })
  explanation?: string;
}

export class RankedProductView {
  @ApiProperty({ format: 'uuid' }) productId!: string;
  @ApiProperty({ nullable: true, type: String }) code!: string | null;
  @ApiProperty({ nullable: true, type: String }) name!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'active, retired or withdrawn; null if not in the catalogue',
  })
  status!: string | null;
}

export class RankingView {
  @ApiProperty({ type: RankedProductView }) product!: RankedProductView;
  @ApiProperty({ description: 'Points each part gives at most', example: priorityWeights })
  weights!: typeof priorityWeights;
  @ApiProperty({
    type: [RankingEntryView],
    description: 'Open, deferred and accepted requests, highest priority first',
  })
  items!: RankingEntryView[];
}
