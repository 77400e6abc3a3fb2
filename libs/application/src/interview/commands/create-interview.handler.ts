import { randomUUID } from 'node:crypto';
import { Inject, Optional } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CreateInterview, EMPTY_DETAILS, initialInterviewState, InterviewDetails, InterviewErrors, interviewDecider, interviewStreamId } from '@candor/domain';
import { CANDIDATES_COLLECTION, CandidateDocument } from '../../candidate/projections/candidates.projection';
import { AGGREGATE_STORE, AggregateStore } from '../../commands/aggregate-store';
import { AuthenticatedUser, isAdmin } from '../../identity/authenticated-user';
import { READ_STORE, ReadStore } from '../../ports/read-store.port';
import { newInviteToken, newRoomName, newSessionCode } from '../interview-codes';
import { INTERVIEW_LINK_BASE_URL, interviewLink } from '../interview-links';
import { CreateInterviewCommand } from './create-interview.command';
import { reserveSessionCode } from './reserve-session-code';

@CommandHandler(CreateInterviewCommand)
export class CreateInterviewHandler implements ICommandHandler<CreateInterviewCommand> {
  constructor(
    @Inject(AGGREGATE_STORE) private readonly store: AggregateStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Optional() @Inject(INTERVIEW_LINK_BASE_URL) private readonly linkBaseUrl: string | null,
  ) {}

  async execute(command: CreateInterviewCommand): Promise<{ interviewId: string }> {
    const interviewId = randomUUID();
    const metadata = this.store.commandMetadata();
    const create: CreateInterview = {
      type: 'CreateInterview',
      metadata,
      data: {
        interviewId,
        ownerId: command.owner.id,
        details: { ...EMPTY_DETAILS, ...(await this.withResume(command.owner, definedOnly(command.details))) },
        scheduledAt: command.scheduledAt,
        sessionCode: newSessionCode(),
        roomName: newRoomName(),
        inviteToken: newInviteToken(),
        interviewLink: interviewLink(this.linkBaseUrl, interviewId),
      },
    };
    // Decide once on the empty state first: an invalid interview must not burn a session code.
    interviewDecider.decide(create, initialInterviewState());
    const sessionCode = await reserveSessionCode(this.store, interviewId, metadata.now, newSessionCode);
    await this.store.execute(interviewStreamId(interviewId), interviewDecider, { ...create, data: { ...create.data, sessionCode } }, { retries: 0 });
    return { interviewId };
  }

  /**
   * `resume_id` links one of the owner's resumes (S2; an S3 candidate's parsed CV): it must exist (400
   * otherwise), and gives the interview its candidate where the request names none.
   */
  private async withResume(owner: AuthenticatedUser, details: Partial<InterviewDetails>): Promise<Partial<InterviewDetails>> {
    if (!details.resumeId) return details;
    const resume = UUID.test(details.resumeId)
      ? await this.reads.collection<CandidateDocument>(CANDIDATES_COLLECTION).findOne({ _id: details.resumeId })
      : null;
    if (!resume || !(isAdmin(owner) || resume.ownerId === owner.id)) {
      throw InterviewErrors.invalid('resume_id', `no resume ${details.resumeId} among yours`);
    }
    return {
      candidateId: resume.id,
      candidateName: resume.fullName,
      candidateEmail: resume.email,
      ...details,
    };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
