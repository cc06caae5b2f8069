import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { gateDecisions, type GateDecision } from '@product-ledger/contracts';
import { Optional, ConformsTo } from '@product-ledger/service-kit';
import { fields } from './field-schemas';

export class AssessmentBody {
  @ApiProperty({
    example: 'market-need-validated',
    description: 'A criterion of the review (its playbook id).',
  })
  @ConformsTo(fields.slug)
  criterionId!: string;

  @ApiProperty({ example: true })
  @ConformsTo(fields.boolean)
  met!: boolean;

  @ApiProperty({ minLength: 1, maxLength: 4000, example: '14 of 20 interviewed customers would pay' })
  @ConformsTo(fields.evidence)
  evidence!: string;
}

export class DecisionBody {
  @ApiProperty({
    enum: gateDecisions,
    description: 'go: next stage; kill: stop for good; hold: stay, decide later; recycle: back one stage.',
  })
  @ConformsTo(fields.decision)
  decision!: GateDecision;

  @ApiPropertyOptional({ maxLength: 4000, description: 'Why; required for kill, hold and recycle.' })
  @Optional()
  @ConformsTo(fields.rationale)
  rationale?: string;

  @ApiPropertyOptional({ type: [String], maxItems: 20, description: 'Conditions attached to the decision.' })
  @Optional()
  @ConformsTo(fields.conditions)
  conditions?: string[];
}
