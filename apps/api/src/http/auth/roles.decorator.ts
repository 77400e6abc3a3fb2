import { SetMetadata } from '@nestjs/common';
import type { UserRole } from '@candor/application';

export const ROLES_KEY = 'candor:roles';

/** The roles a route (or controller) admits; admins and superusers are always admitted. Needs RolesGuard. */
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES_KEY, roles);
