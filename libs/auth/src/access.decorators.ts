import {
  applyDecorators,
  createParamDecorator,
  SetMetadata,
  type ExecutionContext,
} from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Permission } from '@tracker/contracts';
import type { Actor } from '@tracker/core';

export const ACCESS_KEY = 'tracker:access';

/** What a route declares about who may call it. A route without a declaration is refused. */
export type AccessRule =
  { kind: 'public' } | { kind: 'signed-in' } | { kind: 'permissions'; permissions: Permission[] };

/** Anyone, without signing in. */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** Any signed-in user, whatever their roles. */
export const SignedIn = () =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'signed-in' } satisfies AccessRule),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Not signed in, or the token is no longer valid' }),
  );

/** Signed-in users holding every one of the given permissions. */
export const Allow = (...permissions: Permission[]) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'permissions', permissions } satisfies AccessRule),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Not signed in, or the token is no longer valid' }),
    ApiForbiddenResponse({ description: `Requires: ${permissions.join(', ')}` }),
  );

export interface RequestWithActor {
  id: string;
  ip: string;
  headers: Record<string, string | string[] | undefined>;
  actor?: Actor;
}

/** The signed-in user making the request, as an Actor for services and the audit trail. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<RequestWithActor>();
  if (!request.actor) throw new Error('CurrentActor used on a route that is not signed-in');
  return request.actor;
});
