import { ApiProperty } from '@nestjs/swagger';
import { IsDefined } from 'class-validator';
import { ConformsTo } from '@product-ledger/service-kit';
import { fields } from '../field-schemas';

export class MergeRequestBody {
  @ApiProperty({ format: 'uuid', description: 'The primary request this duplicate is merged into' })
  @IsDefined()
  @ConformsTo(fields.requestId)
  intoRequestId!: string;
}
