import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, ValidateNested } from 'class-validator';
import { Optional, ConformsTo } from '@product-ledger/service-kit';
import { fields } from '../field-schemas';
import { CustomerAccountBody } from './customer-account.body';

export class EndorseRequestBody {
  @ApiProperty({
    type: CustomerAccountBody,
    description: 'The account that wants it too; an account already behind it counts once',
  })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => CustomerAccountBody)
  account!: CustomerAccountBody;

  @ApiPropertyOptional({ example: 'Raised again at the quarterly review', maxLength: 2000 })
  @Optional()
  @ConformsTo(fields.note)
  note?: string;
}
