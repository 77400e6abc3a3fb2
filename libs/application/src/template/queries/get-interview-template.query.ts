import { Query } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { InterviewTemplateDocument } from '../interview-templates.projection';

export class GetInterviewTemplateQuery extends Query<InterviewTemplateDocument> {
  constructor(
    readonly templateId: string,
    readonly viewer: AuthenticatedUser,
  ) {
    super();
  }
}
