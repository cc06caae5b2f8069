import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { HttpRequest as Request } from '../http/express-types';
import { getRequestContext } from '../context/request-context';
import { IS_PUBLIC, REQUIRED_ROLES } from './auth-metadata';
import { attachActor } from './request-actor';
import { Role } from './roles';
import { InvalidTokenError, TokenVerifier } from './token-verifier';

/** Global guard: every route needs a valid bearer token unless `@Public()`, and one of its `@Roles()`. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<Request>();
    const token = bearerToken(request.headers.authorization);
    if (!token) throw new UnauthorizedException('A bearer token is required');
    let actor;
    try {
      actor = await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof InvalidTokenError)
        throw new UnauthorizedException(`Invalid token: ${error.message}`);
      throw error;
    }
    attachActor(request, actor);
    const requestContext = getRequestContext();
    if (requestContext) requestContext.actor = actor;

    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required?.length && !required.some((role) => actor.roles.includes(role))) {
      throw new ForbiddenException(`Requires one of the roles: ${required.join(', ')}`);
    }
    return true;
  }
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
