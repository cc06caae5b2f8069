import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export type MineFlagValue = 'true' | 'false';

/**
 * `?mine=true` on a list: only what the requester (the token's subject) owns or is a stakeholder of. The
 * same flag, with the same meaning, on every list of every service.
 */
export function MineFlag(
  description = 'true: only products I own or am a stakeholder of (the token subject).',
) {
  return applyDecorators(
    ApiPropertyOptional({ enum: ['true', 'false'], description }),
    IsOptional(),
    IsIn(['true', 'false']),
  );
}

export function isMine(flag: MineFlagValue | undefined): boolean {
  return flag === 'true';
}
