import { Command } from '@nestjs/cqrs';
import { InterviewTemplateFields } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';

export class CreateInterviewTemplateCommand extends Command<{ templateId: string }> {
  constructor(
    readonly owner: AuthenticatedUser,
    readonly fields: InterviewTemplateFields,
  ) {
    super();
  }
}
