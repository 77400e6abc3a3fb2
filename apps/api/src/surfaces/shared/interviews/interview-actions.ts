import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { AuthenticatedUser, CreateInterviewCommand, GetInterviewQuery, IssueRoomTokenCommand } from '@candor/application';
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
  const { interviewId } = await commands.execute(new CreateInterviewCommand(user, toInterviewDetails(body), body.scheduled_at ?? null));
  return toInterviewResponse(await queries.execute(new GetInterviewQuery(interviewId, user)));
}

/** A guest room token for the interview's candidate. */
export async function issueCandidateToken(commands: CommandBus, user: AuthenticatedUser, interviewId: string): Promise<InterviewTokenResponseDto> {
  return toInterviewTokenResponse(await commands.execute(new IssueRoomTokenCommand(user, { interviewId }, { participant: 'candidate' })));
}
