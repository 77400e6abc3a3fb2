import { Inject } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InterviewDetails, InterviewErrors } from '@candor/domain';
import { CANDIDATES_COLLECTION, CandidateDocument } from '../../candidate/projections/candidates.projection';
import { isAdmin } from '../../identity/authenticated-user';
import { JOBS_COLLECTION, JobDocument } from '../../job/projections/jobs.projection';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { CreateInterviewCommand } from '../../interview/commands/create-interview.command';
import { CreateJobInterviewCommand } from './create-job-interview.command';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@CommandHandler(CreateJobInterviewCommand)
export class CreateJobInterviewHandler implements ICommandHandler<CreateJobInterviewCommand> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    private readonly commands: CommandBus,
  ) {}

  async execute(command: CreateJobInterviewCommand): Promise<{ interviewId: string }> {
    const job = await this.own<JobDocument>(JOBS_COLLECTION, command, command.jobId, 'job');
    const candidate = await this.own<CandidateDocument>(CANDIDATES_COLLECTION, command, command.candidateId, 'candidate');
    const fromSubjects: Partial<InterviewDetails> = {
      title: `${job.title}${candidate.fullName ? ` — ${candidate.fullName}` : ''}`,
      position: job.title,
      jobDescription: job.description || null,
      technologies: job.requiredSkills,
      candidateName: candidate.fullName,
      candidateEmail: candidate.email,
    };
    const given = Object.fromEntries(Object.entries(command.details).filter(([, v]) => v !== undefined));
    const details = { ...fromSubjects, ...given, jobId: job.id, candidateId: candidate.id };
    return this.commands.execute(new CreateInterviewCommand(command.owner, details, command.scheduledAt));
  }

  /** Someone else's job or candidate is as unknown as one that does not exist: the request is invalid (400). */
  private async own<T extends { _id: string; ownerId: string }>(collection: string, command: CreateJobInterviewCommand, id: string, field: 'job' | 'candidate'): Promise<T> {
    const doc = UUID.test(id) ? await this.store.collection<T>(collection).findOne({ _id: id }) : null;
    if (!doc || !(isAdmin(command.owner) || doc.ownerId === command.owner.id)) {
      throw InterviewErrors.invalid(field, `no ${field} ${id} among yours`);
    }
    return doc;
  }
}
