import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@product-ledger/service-kit';
import { ArrayMinSize, IsArray, IsIn, IsString, Matches, MaxLength } from 'class-validator';

export class DevTokenBody {
  @ApiProperty({
    description: 'Who signs in; becomes the token subject (the person id the services record).',
    example: 'alice',
  })
  @IsString()
  @MaxLength(100)
  @Matches(/^[\w.@-]+$/, { message: 'letters, digits and . _ @ - only' })
  name!: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['product_manager'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'pick at least one role' })
  @IsIn(ROLES, { each: true })
  roles!: Role[];
}
