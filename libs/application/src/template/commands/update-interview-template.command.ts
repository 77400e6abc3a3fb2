import { Command } from '@nestjs/cqrs';
import { InterviewTemplateFields } from '@candor/domain';
import { AuthenticatedUser } from '../../identity/authenticated-user';

export class UpdateInterviewTemplateCommand extends Command<void> {
  constructor(
    readonly templateId: string,
    readonly actor: AuthenticatedUser,
    readonly changes: Partial<InterviewTemplateFields>,
  ) {
    super();
  }
}
