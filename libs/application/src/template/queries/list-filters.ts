import { AuthenticatedUser, isAdmin } from '../../identity/authenticated-user';
import { Filter, Sort } from '../../ports/read-store.port';
import { TemplateListFilter } from './list-interview-templates.query';

/** Read-model filter pieces shared by the template and invitation lists. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function dateRange(field: string, from?: string, to?: string): Filter {
  if (!from && !to) return {};
  return { [field]: { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) } };
}

export function ownerScope(viewer: AuthenticatedUser, field: string): Filter {
  return isAdmin(viewer) ? {} : { [field]: viewer.id };
}

export function sortOf(filter: TemplateListFilter, allowed: readonly string[], fallback: string): Sort {
  const field = allowed.includes(filter.sortBy) ? filter.sortBy : fallback;
  return { [field]: filter.sortOrder === 'asc' ? 1 : -1, _id: 1 };
}
