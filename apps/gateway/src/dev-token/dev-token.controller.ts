import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { Public, SERVICE_CONFIG, signDevToken } from '@product-ledger/service-kit';
import type { GatewayConfig } from '../config';
import { DevTokenBody } from './dev-token.body';

const TOKEN_LIFETIME_SECONDS = 8 * 60 * 60;

/**
 * `POST /auth/dev-token`: the development sign-in. Mints the same HS256 token as `npm run token`, for the
 * name and roles a person picked. Registered only when AUTH_MODE=development (asked for explicitly: the
 * kit's default is production), so production answers 404.
 */
@Public()
@Controller('auth')
export class DevTokenController {
  constructor(@Inject(SERVICE_CONFIG) private readonly config: GatewayConfig) {}

  @Post('dev-token')
  @HttpCode(200)
  async mint(@Body() body: DevTokenBody) {
    const token = await signDevToken({
      sub: body.name,
      roles: body.roles,
      expiresIn: TOKEN_LIFETIME_SECONDS,
      secret: this.config.AUTH_JWT_SECRET,
      issuer: this.config.AUTH_ISSUER,
      audience: this.config.AUTH_AUDIENCE,
    });
    return {
      token,
      subject: body.name,
      roles: body.roles,
      expiresAt: new Date(Date.now() + TOKEN_LIFETIME_SECONDS * 1000).toISOString(),
    };
  }
}
