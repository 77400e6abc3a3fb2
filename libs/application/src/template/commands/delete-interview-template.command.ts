import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

export class DeleteInterviewTemplateCommand extends Command<void> {
  constructor(
    readonly templateId: string,
    readonly actor: AuthenticatedUser,
  ) {
    super();
  }
}
