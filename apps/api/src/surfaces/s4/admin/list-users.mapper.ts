import { ListUsersQuery, UserSortField } from '@candor/application';
import { ListUsersQueryDto, UserSortKey } from './list-users.query.dto';

const SORT_FIELDS: Record<UserSortKey, UserSortField> = {
  created_at: 'createdAt',
  email: 'email',
  username: 'username',
  full_name: 'fullName',
  role: 'role',
  status: 'status',
  last_login_at: 'lastLoginAt',
};

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 24 * 3600 * 1000;

/** S4's parameters as the query's terms; a date-only `date_to` includes that whole day. */
export function toListUsersQuery(q: ListUsersQueryDto): ListUsersQuery {
  const createdFrom = q.date_from ? new Date(q.date_from).toISOString() : undefined;
  const createdBefore = q.date_to
    ? new Date(new Date(q.date_to).getTime() + (DATE_ONLY.test(q.date_to) ? DAY_MS : 1)).toISOString()
    : undefined;
  return new ListUsersQuery(
    { search: q.search?.trim() || undefined, status: q.status, role: q.role, createdFrom, createdBefore },
    SORT_FIELDS[q.sort_by],
    q.sort_order,
    (q.page - 1) * q.size,
    q.size,
  );
}
