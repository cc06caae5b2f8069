import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { actorOf } from './request-actor';

/** The authenticated `Actor` of the request (undefined on a `@Public()` route). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  actorOf(context.switchToHttp().getRequest()),
);
