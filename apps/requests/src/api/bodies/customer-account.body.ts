import { ApiProperty } from '@nestjs/swagger';
import { IsDefined } from 'class-validator';
import { ConformsTo } from '@product-ledger/service-kit';
import { fields } from '../field-schemas';
import { commercialNote } from '@product-ledger/service-kit';

/** A customer account that wants a request, with its annual revenue. */
export class CustomerAccountBody {
  @ApiProperty({ description: "The account's id in the CRM", example: 'acct-4711', maxLength: 200 })
  @IsDefined()
  @ConformsTo(fields.accountId)
  accountId!: string;

  @ApiProperty({ description: 'Account name', example: 'Acme Corp', maxLength: 200 })
  @IsDefined()
  @ConformsTo(fields.accountName)
  name!: string;

  @ApiProperty({
    description: `Annual revenue of the account (reporting currency). ${commercialNote}`,
    example: 1200000,
    minimum: 0,
  })
  @IsDefined()
  @ConformsTo(fields.money)
  revenue!: number;
}
