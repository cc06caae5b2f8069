import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  initialStages,
  productCodePattern,
  productKinds,
  productMarkets,
  semverPattern,
  stakeholderRoles,
  type InitialStage,
  type ProductKind,
  type ProductMarket,
  type StakeholderRole,
} from '@product-ledger/contracts';
import { Optional, ConformsTo } from '@product-ledger/service-kit';
import { fields } from '../field-schemas';

export class RegisterProductBody {
  @ApiProperty({
    example: 'CRM',
    pattern: productCodePattern.source,
    description: 'Unique in the catalogue.',
  })
  @ConformsTo(fields.code)
  code!: string;

  @ApiProperty({ example: 'CRM Suite', minLength: 1, maxLength: 200 })
  @ConformsTo(fields.name)
  name!: string;

  @ApiPropertyOptional({
    example: 'Customer relationship management for B2B sales teams',
    maxLength: 4000,
    default: '',
  })
  @Optional()
  @ConformsTo(fields.description)
  description?: string;

  @ApiProperty({ format: 'uuid', description: 'An active product line.' })
  @ConformsTo(fields.productLineId)
  productLineId!: string;

  @ApiProperty({ enum: productKinds })
  @ConformsTo(fields.kind)
  kind!: ProductKind;

  @ApiProperty({ enum: productMarkets })
  @ConformsTo(fields.market)
  market!: ProductMarket;

  @ApiProperty({ example: 'alice', maxLength: 200, description: 'The accountable product manager.' })
  @ConformsTo(fields.personId)
  ownerId!: string;

  @ApiPropertyOptional({
    enum: initialStages,
    description: 'For a product that already exists: the lifecycle stage it starts at (default innovation).',
  })
  @Optional()
  @ConformsTo(fields.initialStage)
  initialStage?: InitialStage;
}

/** PATCH: only the given fields change; each change is its own event. */
export class ReviseProductBody {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @Optional()
  @ConformsTo(fields.name)
  name?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @Optional()
  @ConformsTo(fields.description)
  description?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Move the product to this active line.' })
  @Optional()
  @ConformsTo(fields.productLineId)
  productLineId?: string;
}

export class AssignOwnerBody {
  @ApiProperty({ example: 'carol', maxLength: 200 })
  @ConformsTo(fields.personId)
  ownerId!: string;
}

export class AddStakeholderBody {
  @ApiProperty({ example: 'bob', maxLength: 200 })
  @ConformsTo(fields.personId)
  personId!: string;

  @ApiProperty({ enum: stakeholderRoles })
  @ConformsTo(fields.role)
  role!: StakeholderRole;
}

export class PlanVersionBody {
  @ApiProperty({
    example: '1.4.0',
    pattern: semverPattern.source,
    description: 'Semantic version, used once.',
  })
  @ConformsTo(fields.version)
  version!: string;

  @ApiProperty({ example: '2026-09-30', format: 'date' })
  @ConformsTo(fields.targetDate)
  targetDate!: string;

  @ApiProperty({ example: 'Pipeline forecasting and Outlook sync', minLength: 1, maxLength: 4000 })
  @ConformsTo(fields.scope)
  scope!: string;
}

export class ReleaseVersionBody {
  @ApiPropertyOptional({ format: 'date-time', description: 'When it was released; default now.' })
  @Optional()
  @ConformsTo(fields.instant)
  releasedAt?: string;
}

export class RetireProductBody {
  @ApiProperty({ example: 'Replaced by CRM Cloud', minLength: 1, maxLength: 4000 })
  @ConformsTo(fields.reason)
  reason!: string;
}
