import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { InterviewTemplateDocument } from '../interview-templates.projection';

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
