import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthorizedError } from '@tracker/core';
import { ACCESS_KEY, type AccessRule, type RequestWithActor } from './access.decorators';
import { AuthService } from './auth.service';

export interface AuthenticatedRequest extends RequestWithActor {
  sessionId?: string;
}

function bearer(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header.trim());
  return match ? match[1] : null;
}

/**
 * Every route must say who may call it (@Public, @SignedIn or @Allow). A route that says
 * nothing is refused, so a forgotten declaration fails closed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} declares no access rule`,
      );
      throw new ForbiddenError('This route declares no access rule', 'route_not_declared');
    }
    if (rule.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearer(request.headers.authorization);
    if (!token) throw new UnauthorizedError('Sign in first: send Authorization: Bearer <token>');
    const { actor, sessionId } = await this.auth.authenticate(token, request.id ?? null);
    request.actor = actor;
    request.sessionId = sessionId;

    if (rule.kind === 'permissions') {
      const missing = rule.permissions.filter((p) => !actor.permissions.includes(p));
      if (missing.length) {
        throw new ForbiddenError(
          `Requires permission: ${missing.join(', ')}`,
          'missing_permission',
        );
      }
    }
    return true;
  }
}
