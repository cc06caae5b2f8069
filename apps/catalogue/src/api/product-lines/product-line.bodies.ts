import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Optional, ConformsTo } from '@product-ledger/service-kit';
import { fields } from '../field-schemas';

export class CreateProductLineBody {
  @ApiProperty({ example: 'Collaboration', minLength: 1, maxLength: 200 })
  @ConformsTo(fields.name)
  name!: string;

  @ApiPropertyOptional({ example: 'Tools that help teams work together', maxLength: 4000, default: '' })
  @Optional()
  @ConformsTo(fields.description)
  description?: string;

  @ApiPropertyOptional({ example: 'lena', maxLength: 200, description: 'Default: whoever creates the line.' })
  @Optional()
  @ConformsTo(fields.personId)
  ownerId?: string;
}

/** PATCH: only the given fields change. */
export class ReviseProductLineBody {
  @ApiPropertyOptional({ example: 'Teamwork', minLength: 1, maxLength: 200 })
  @Optional()
  @ConformsTo(fields.name)
  name?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @Optional()
  @ConformsTo(fields.description)
  description?: string;
}

export class AssignProductLineOwnerBody {
  @ApiProperty({ example: 'lena', maxLength: 200 })
  @ConformsTo(fields.personId)
  ownerId!: string;
}

/** Archiving takes no fields; the class exists so that any field sent is refused (400). */
export class ArchiveProductLineBody {}
