import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsIn, ValidateBy } from 'class-validator';
import type { z } from 'zod';
import { fields } from '../field-schemas';

export const decisionOutcomes = ['accept', 'decline', 'defer'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

interface DecisionFieldRule {
  /** Outcomes the field belongs to; sent with another outcome it is a mistake worth a 400. */
  readonly allowedFor: readonly DecisionOutcome[];
  /** Outcomes it must be given with. */
  readonly requiredFor: readonly DecisionOutcome[];
  readonly schema: z.ZodType;
}

/** One rule per field that depends on the outcome: required, allowed or refused, and its shape. */
function DecisionField(rule: DecisionFieldRule): PropertyDecorator {
  const problemOf = (value: unknown, outcome: unknown, property: string): string | undefined => {
    if (!decisionOutcomes.includes(outcome as DecisionOutcome)) return undefined; // `outcome` reports itself
    const decision = outcome as DecisionOutcome;
    if (value === undefined)
      return rule.requiredFor.includes(decision)
        ? `${property} is required when outcome is ${decision}`
        : undefined;
    if (!rule.allowedFor.includes(decision))
      return `${property} is only given when outcome is ${rule.allowedFor.join(' or ')}`;
    const parsed = rule.schema.safeParse(value);
    return parsed.success ? undefined : `${property}: ${parsed.error.issues[0]?.message ?? 'invalid value'}`;
  };
  return ValidateBy({
    name: 'decisionField',
    validator: {
      validate: (value, args) =>
        problemOf(value, (args?.object as DecideRequestBody).outcome, args?.property ?? '') === undefined,
      defaultMessage: (args) =>
        problemOf(args?.value, (args?.object as DecideRequestBody).outcome, args?.property ?? '') ??
        'invalid value',
    },
  });
}

export class DecideRequestBody {
  @ApiProperty({ enum: decisionOutcomes })
  @IsDefined()
  @IsIn([...decisionOutcomes])
  outcome!: DecisionOutcome;

  @ApiPropertyOptional({
    description: 'accept (required): the version of the product it is planned for (semver)',
    example: '2.1.0',
  })
  @DecisionField({ allowedFor: ['accept'], requiredFor: ['accept'], schema: fields.version })
  plannedVersion?: string;

  @ApiPropertyOptional({
    description: 'decline (required): what the customer is told; defer (optional): why',
    maxLength: 4000,
  })
  @DecisionField({ allowedFor: ['decline', 'defer'], requiredFor: ['decline'], schema: fields.reason })
  reason?: string;

  @ApiPropertyOptional({
    description: 'defer (required): the day to decide again, after today',
    format: 'date',
    example: '2026-09-30',
  })
  @DecisionField({ allowedFor: ['defer'], requiredFor: ['defer'], schema: fields.date })
  until?: string;

  @ApiPropertyOptional({
    description: 'accept: why; required when the request is a RHiNO (else 422)',
    maxLength: 4000,
  })
  @DecisionField({ allowedFor: ['accept'], requiredFor: [], schema: fields.rationale })
  rationale?: string;
}
