import { ApiProperty } from '@nestjs/swagger';
import { IsDefined } from 'class-validator';
import { ConformsTo } from '@product-ledger/service-kit';
import { fields } from '../field-schemas';

export class LinkProductBody {
  @ApiProperty({ format: 'uuid', description: 'A product of the catalogue that is not retired or withdrawn' })
  @IsDefined()
  @ConformsTo(fields.productId)
  productId!: string;
}
