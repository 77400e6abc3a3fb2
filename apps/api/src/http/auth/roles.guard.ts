import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@candor/domain';
import { AuthenticatedUser, AuthErrors, isAdmin, UserRole } from '@candor/application';
import { ROLES_KEY } from './roles.decorator';

/** After an auth guard: 403 unless the caller has one of the route's @Roles (admins always pass). */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!roles || roles.length === 0) return true;
    const user = context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
    if (!user) throw AuthErrors.notAuthenticated();
    if (isAdmin(user) || roles.includes(user.role)) return true;
    throw new DomainError(
      'AUTH.FORBIDDEN',
      roles.includes('admin') && roles.length === 1 ? 'Administrator privileges required' : `This route is for ${roles.join(' or ')} accounts`,
      'forbidden',
    );
  }
}
