import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { AuthenticatedUser, CreateInterviewCommand, CreateResumeInterviewCommand, GetInterviewQuery, IssueRoomTokenCommand } from '@candor/application';
import { CreateInterviewDto } from './create-interview.dto';
import { toInterviewDetails, toInterviewResponse, toInterviewTokenResponse } from './interview.mapper';
import { InterviewResponseDto, InterviewTokenResponseDto } from './interview.response.dto';

/**
 * The steps of the interview routes several controllers serve alike (S1 for access tokens and for API keys,
 * S4's candidate portal): written once here, each controller only adds its route and its envelope.
 */
export async function createInterview(
  commands: CommandBus,
  queries: QueryBus,
  user: AuthenticatedUser,
  body: CreateInterviewDto,
): Promise<InterviewResponseDto> {
  const details = toInterviewDetails(body);
  const scheduledAt = body.scheduled_at ?? null;
  // A resume_id links one of the caller's resumes (S2): checked, and its candidate taken over.
  const { interviewId } = await commands.execute(
    details.resumeId ? new CreateResumeInterviewCommand(user, details.resumeId, details, scheduledAt) : new CreateInterviewCommand(user, details, scheduledAt),
  );
  return toInterviewResponse(await queries.execute(new GetInterviewQuery(interviewId, user)));
}

/** A guest room token for the interview's candidate. */
export async function issueCandidateToken(commands: CommandBus, user: AuthenticatedUser, interviewId: string): Promise<InterviewTokenResponseDto> {
  return toInterviewTokenResponse(await commands.execute(new IssueRoomTokenCommand(user, { interviewId }, { participant: 'candidate' })));
}
