import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AuthenticatedUser,
  CompleteInterviewCommand,
  GetCodingProblemQuery,
  GetInterviewQuery,
  GetInterviewStateQuery,
  IssueRoomTokenCommand,
  RunInterviewCodeCommand,
  StartInterviewCommand,
} from '@candor/application';
import { AwaitCompletionFeedbackQuery } from '@candor/application/assessment/queries/await-completion-feedback.query';
import { toS2SubmitCodeResponse } from '@candor/application/code-execution/execution-response.mappers';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { toCodingProblemResponse, toFeedback, toStateResponse } from './interview-session.mapper';
import {
  CompleteInterviewResponseDto,
  InterviewStateResponseDto,
  StartInterviewResponseDto,
} from './interview-session.response.dto';
import { CodingProblemResponseDto, SubmitCodeDto, SubmitCodeResponseDto } from './submit-code.dto';
import { Guarded } from '../../../http/guarded.decorator';

/** S2's interview lifecycle on `/api/v1/interviews/{id}/…` (create and detail are S1's shared routes). */
@ApiTags('S1/S2 interviews')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/v1/interviews/:interview_id')
export class InterviewSessionController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  /** The token is issued before the start is recorded, so a server without LiveKit changes nothing (503). */
  @Post('start')
  @HttpCode(200)
  @ApiOkResponse({ type: StartInterviewResponseDto })
  @ApiOperation({ summary: 'Start an interview' })
  async start(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string): Promise<StartInterviewResponseDto> {
    const issued = await this.commands.execute(new IssueRoomTokenCommand(user, { interviewId: id }, { participant: 'caller', role: 'auto' }));
    await this.commands.execute(new StartInterviewCommand(id, user));
    const interview = await this.queries.execute(new GetInterviewQuery(id, user));
    return {
      interview_id: interview.id,
      room_name: issued.roomName,
      token: issued.token,
      url: issued.url,
      status: interview.status,
      started_at: interview.startedAt,
    };
  }

  /** Runs the code in the sandbox and records the submission (with its result) on the interview. */
  @Post('submit-code')
  @HttpCode(200)
  @ApiOkResponse({ type: SubmitCodeResponseDto })
  @ApiOperation({ summary: 'Submit code during an interview' })
  async submitCode(
    @CurrentUser() user: AuthenticatedUser,
    @Param('interview_id') id: string,
    @Body() body: SubmitCodeDto,
  ): Promise<SubmitCodeResponseDto> {
    return toS2SubmitCodeResponse(await this.commands.execute(new RunInterviewCodeCommand(id, user, 'submit', body.code, body.language)));
  }

  /** The problem every code run of this interview is graded against, with its visible examples and starters. */
  @Get('coding-problem')
  @ApiOperation({ summary: "The interview's coding problem: statement, examples and a starter program per language (hidden cases are not shown)" })
  @ApiOkResponse({ type: CodingProblemResponseDto })
  async codingProblem(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string): Promise<CodingProblemResponseDto> {
    return toCodingProblemResponse(await this.queries.execute(new GetCodingProblemQuery(id, user)));
  }

  @Get('state')
  @ApiOkResponse({ type: InterviewStateResponseDto })
  @ApiOperation({ summary: 'Get the live state of an interview' })
  async state(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string): Promise<InterviewStateResponseDto> {
    return toStateResponse(await this.queries.execute(new GetInterviewStateQuery(id, user)));
  }

  /**
   * Completes, then answers with the AI score once the assessment projection shows it (a bounded wait,
   * AI_SCORING_WAIT_MS); not ready in time, provisional fact-based feedback with `pending: true`.
   */
  @Post('complete')
  @HttpCode(200)
  @ApiOkResponse({ type: CompleteInterviewResponseDto })
  @ApiOperation({
    summary: 'Complete an interview with feedback',
    description:
      'The AI score when it is ready within AI_SCORING_WAIT_MS (default 30 s); otherwise provisional scores computed from the recorded facts, with `pending: true` (the AI score follows at GET /api/interviews/{id}/score/).',
  })
  async complete(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string): Promise<CompleteInterviewResponseDto> {
    await this.commands.execute(new CompleteInterviewCommand(id, user));
    const feedback = await this.queries.execute(new AwaitCompletionFeedbackQuery(id, user));
    return { interview_id: id, status: 'completed', feedback: toFeedback(feedback) };
  }
}
