import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { CreateInterviewCommand } from '../../interview/commands/create-interview.command';

/** Creates an interview from the template for the candidate (through CreateInterviewCommand) and records the invitation. */
export class InviteFromTemplateCommand extends Command<{ invitationId: string; interviewId: string; emailSent: boolean }> {
  constructor(
    readonly templateId: string,
    readonly actor: AuthenticatedUser,
    readonly invitation: { candidateEmail: string; candidateName: string | null; message: string | null; scheduledAt: string | null },
  ) {
    super();
  }
}
