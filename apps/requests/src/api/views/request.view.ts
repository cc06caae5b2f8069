import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  requestSources,
  requestStatuses,
  type RequestSource,
  type RequestStatus,
} from '@product-ledger/contracts';
import { demandOf } from '../../domain/request/customer-accounts';
import type { RequestDecision, RequestScore, SubmittedRequest } from '../../domain/request/request-state';
import { commercialNote } from '@product-ledger/service-kit';
import { CustomerAccountBody } from '../bodies/customer-account.body';

export class RequestScoreView {
  @ApiProperty() reach!: number;
  @ApiProperty() impact!: number;
  @ApiProperty() confidence!: number;
  @ApiProperty() effort!: number;
  @ApiProperty({ description: 'reach × impact × confidence ÷ effort' }) rice!: number;
  @ApiProperty() strategicFit!: number;
  @ApiProperty() scoredBy!: string;
  @ApiProperty({ format: 'date-time' }) scoredAt!: string;
}

export class RequestDecisionView {
  @ApiProperty({ enum: ['accept', 'decline', 'defer'] }) outcome!: 'accept' | 'decline' | 'defer';
  @ApiPropertyOptional() plannedVersion?: string;
  @ApiPropertyOptional() rationale?: string;
  @ApiPropertyOptional() reason?: string;
  @ApiPropertyOptional({ format: 'date' }) until?: string;
  @ApiProperty() decidedBy!: string;
  @ApiProperty({ format: 'date-time' }) decidedAt!: string;
}

export class RequestView {
  @ApiProperty({ format: 'uuid' }) requestId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: requestSources }) source!: RequestSource;
  @ApiPropertyOptional({ format: 'uuid' }) productId?: string;
  @ApiProperty({ enum: requestStatuses }) status!: RequestStatus;
  @ApiProperty({ type: [String] }) requesters!: readonly string[];
  @ApiProperty({ type: [CustomerAccountBody], description: 'Distinct accounts behind the request' })
  accounts!: readonly CustomerAccountBody[];
  @ApiPropertyOptional({
    description: `Revenue-weighted demand: sum of the distinct accounts' annual revenue. ${commercialNote}`,
  })
  demand?: number;
  @ApiPropertyOptional({ description: `The deal riding on the request. ${commercialNote}` })
  dealValue?: number;
  @ApiProperty({ description: 'One account drives it with a deal above rhinoThreshold' }) rhino!: boolean;
  @ApiProperty() rhinoThreshold!: number;
  @ApiPropertyOptional({ type: RequestScoreView }) score?: RequestScore;
  @ApiPropertyOptional({ type: RequestDecisionView }) decision?: RequestDecision;
  @ApiPropertyOptional({ format: 'uuid' }) mergedInto?: string;
  @ApiProperty({ type: [String] }) absorbedDuplicates!: readonly string[];
  @ApiPropertyOptional() delivery?: { version: string; releasedAt: string; deliveredAt: string };
  @ApiPropertyOptional() closure?: { reason: string; closedAt: string };
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ description: 'Stream version, also the ETag' }) version!: number;
}

export function requestView(state: SubmittedRequest, version: number): RequestView {
  const { exists: _exists, ...request } = state;
  return { ...request, demand: demandOf(state.accounts), version };
}
