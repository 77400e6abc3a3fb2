import { Query } from '@nestjs/cqrs';
import { UserRole, UserStatus } from '@candor/domain';
import { UserDocument } from '../projections/users.projection';

export const USER_SORT_FIELDS = ['createdAt', 'email', 'username', 'fullName', 'role', 'status', 'lastLoginAt'] as const;
export type UserSortField = (typeof USER_SORT_FIELDS)[number];

export interface UserListFilter {
  /** Case-insensitive substring of the email, username or full name. */
  readonly search?: string;
  readonly status?: UserStatus;
  readonly role?: UserRole;
  /** Inclusive bounds on the registration time (ISO timestamps). */
  readonly createdFrom?: string;
  readonly createdBefore?: string;
}

/** The admin's user list: filtered, sorted, one page at a time. */
export class ListUsersQuery extends Query<{ items: UserDocument[]; total: number }> {
  constructor(
    readonly filter: UserListFilter,
    readonly sortBy: UserSortField,
    readonly sortOrder: 'asc' | 'desc',
    readonly skip: number,
    readonly limit: number,
  ) {
    super();
  }
}
