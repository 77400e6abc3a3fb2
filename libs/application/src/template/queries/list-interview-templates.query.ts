import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { InterviewTemplateDocument } from '../interview-templates.projection';

/** The template list's `sort_by` values and the read-model field each sorts on. */
export const TEMPLATE_SORT: Readonly<Record<string, string>> = { created_at: 'createdAt', updated_at: 'updatedAt', title: 'title', duration_minutes: 'durationMinutes' };
export const TEMPLATE_SORT_KEYS = Object.keys(TEMPLATE_SORT);

export interface TemplateListFilter {
  readonly search?: string;
  readonly isActive?: boolean;
  readonly dateFrom?: string;
  readonly dateTo?: string;
  readonly sortBy: string;
  readonly sortOrder: 'asc' | 'desc';
}

export class ListInterviewTemplatesQuery extends Query<{ items: InterviewTemplateDocument[]; total: number }> {
  constructor(
    readonly viewer: AuthenticatedUser,
    readonly filter: TemplateListFilter,
    readonly skip: number,
    readonly limit: number,
  ) {
    super();
  }
}
