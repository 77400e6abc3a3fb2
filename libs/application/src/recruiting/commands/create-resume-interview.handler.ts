import { Inject } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InterviewErrors } from '@candor/domain';
import { CANDIDATES_COLLECTION, CandidateDocument } from '../../candidate/projections/candidates.projection';
import { isAdmin } from '../../identity/authenticated-user';
import { CreateInterviewCommand } from '../../interview/commands/create-interview.command';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { CreateResumeInterviewCommand } from './create-resume-interview.command';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@CommandHandler(CreateResumeInterviewCommand)
export class CreateResumeInterviewHandler implements ICommandHandler<CreateResumeInterviewCommand> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    private readonly commands: CommandBus,
  ) {}

  async execute(c: CreateResumeInterviewCommand): Promise<{ interviewId: string }> {
    const resume = UUID.test(c.resumeId) ? await this.store.collection<CandidateDocument>(CANDIDATES_COLLECTION).findOne({ _id: c.resumeId }) : null;
    if (!resume || !(isAdmin(c.owner) || resume.ownerId === c.owner.id)) {
      throw InterviewErrors.invalid('resume_id', `no resume ${c.resumeId} among yours`);
    }
    const given = Object.fromEntries(Object.entries(c.details).filter(([, v]) => v !== undefined));
    const details = { candidateId: resume.id, candidateName: resume.fullName, candidateEmail: resume.email, ...given, resumeId: resume.id };
    return this.commands.execute(new CreateInterviewCommand(c.owner, details, c.scheduledAt));
  }
}
