import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InterviewType, InterviewTemplateErrors, interviewTemplateDecider, interviewTemplateStreamId } from '@candor/domain';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { AuthenticatedUser } from '../../identity/authenticated-user';
import { CreateInterviewCommand } from '../../interview/commands/create-interview.command';
import { invitationUrls } from '../../interview/interview-links';
import { INTERVIEWS_COLLECTION, InterviewDocument } from '../../interview/projections/interviews.projection';
import { MAILER, Mailer } from '../../ports/mail.port';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { InviteFromTemplateCommand } from './invite-from-template.command';
import { assertOwner, streamOf } from '../template-access';

@CommandHandler(InviteFromTemplateCommand)
export class InviteFromTemplateHandler implements ICommandHandler<InviteFromTemplateCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(MAILER) private readonly mailer: Mailer,
    private readonly commands: CommandBus,
  ) {}

  async execute({ templateId, actor, invitation }: InviteFromTemplateCommand) {
    const { state } = await this.store.load(streamOf(templateId), interviewTemplateDecider);
    assertOwner(state, actor);
    const fields = state.fields!;
    if (!fields.isActive) throw InterviewTemplateErrors.inactive();
    const { interviewId } = await this.commands.execute(
      new CreateInterviewCommand(
        actor,
        {
          title: fields.title,
          description: fields.description,
          position: fields.position,
          jobDescription: fields.jobDescription,
          interviewType: (fields.interviewType ?? undefined) as InterviewType | undefined,
          difficulty: fields.difficulty ?? undefined,
          durationMinutes: fields.durationMinutes,
          technologies: [...fields.technologies],
          candidateEmail: invitation.candidateEmail,
          candidateName: invitation.candidateName,
          metadata: { template_id: templateId, questions: [...fields.questions] },
        },
        invitation.scheduledAt,
      ),
    );
    const invitationId = randomUUID();
    await this.store.execute(
      interviewTemplateStreamId(templateId),
      interviewTemplateDecider,
      {
        type: 'RecordInvitation',
        metadata: this.store.commandMetadata(),
        data: { templateId, invitationId, interviewId, invitedBy: actor.id, ...invitation },
      },
      { guard: (s) => assertOwner(s, actor) },
    );
    return { invitationId, interviewId, emailSent: await this.mail(actor, fields.title, interviewId, invitation) };
  }

  /** The invitation is recorded whatever the mail does: a mail failure is reported (`emailSent: false`), not thrown. */
  private async mail(actor: AuthenticatedUser, title: string, interviewId: string, invitation: InviteFromTemplateCommand['invitation']): Promise<boolean> {
    const interview = await this.reads.collection<InterviewDocument>(INTERVIEWS_COLLECTION).findOne({ _id: interviewId });
    const joinUrl = interview ? invitationUrls(interview.interviewLink, interview.id, interview.inviteToken).joinUrl : null;
    const lines = [
      `Hello${invitation.candidateName ? ` ${invitation.candidateName}` : ''},`,
      '',
      `${actor.fullName || actor.email} invites you to the interview "${title}".`,
      invitation.scheduledAt ? `It is scheduled for ${invitation.scheduledAt}.` : 'The time will be agreed with you.',
      joinUrl ? `Join: ${joinUrl}` : `Sign in with ${invitation.candidateEmail} to find it under your interviews.`,
      interview ? `Session code: ${interview.sessionCode}` : '',
      ...(invitation.message ? ['', invitation.message] : []),
    ];
    try {
      await this.mailer.send({ to: invitation.candidateEmail, subject: `Interview invitation: ${title}`, text: lines.join('\n') + '\n' });
      return true;
    } catch {
      return false;
    }
  }
}
