import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { requestSources, type RequestSource } from '@product-ledger/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, ValidateNested } from 'class-validator';
import { Optional, ConformsTo } from '@product-ledger/service-kit';
import { fields } from '../field-schemas';
import { CustomerAccountBody } from './customer-account.body';

export class SubmitRequestBody {
  @ApiProperty({ example: 'Single sign-on with Okta', maxLength: 200 })
  @IsDefined()
  @ConformsTo(fields.title)
  title!: string;

  @ApiPropertyOptional({
    example: 'Acme wants to log in with their Okta accounts',
    maxLength: 10000,
    default: '',
  })
  @Optional()
  @ConformsTo(fields.description)
  description?: string;

  @ApiProperty({ enum: requestSources, example: 'sales' })
  @IsDefined()
  @ConformsTo(fields.source)
  source!: RequestSource;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The product it is for, if known (must be in the catalogue and not retired)',
  })
  @Optional()
  @ConformsTo(fields.productId)
  productId?: string;

  @ApiPropertyOptional({
    description: 'The person asking; default: the caller',
    example: 'sam.sales',
    maxLength: 200,
  })
  @Optional()
  @ConformsTo(fields.personId)
  requester?: string;

  @ApiPropertyOptional({
    type: [CustomerAccountBody],
    description: 'Customer accounts behind the request',
    default: [],
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => CustomerAccountBody)
  accounts?: CustomerAccountBody[];

  @ApiPropertyOptional({
    description: 'Value of the deal riding on it (reporting currency)',
    example: 300000,
    default: 0,
    minimum: 0,
  })
  @Optional()
  @ConformsTo(fields.money)
  dealValue?: number;
}
