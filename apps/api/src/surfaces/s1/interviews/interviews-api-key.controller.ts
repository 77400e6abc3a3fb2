import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AuthenticatedUser, GetInterviewQuery } from '@candor/application';
import { AnyAuthGuard } from '../../../http/auth/any-auth.guard';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { CreateInterviewDto } from '../../shared/interviews/create-interview.dto';
import { createInterview, issueCandidateToken } from '../../shared/interviews/interview-actions';
import { toInterviewResponse } from '../../shared/interviews/interview.mapper';
import { InterviewResponseDto, InterviewTokenResponseDto } from '../../shared/interviews/interview.response.dto';
import { Guarded } from '../../../http/guarded.decorator';

/**
 * S1's integration routes: `Authorization: Bearer sk_…` (an API key) or an access token. To a key,
 * an interview of another owner does not exist (404).
 */
@ApiTags('S1/S2 interviews')
@ApiBearerAuth()
@Guarded(AnyAuthGuard)
@Controller('api/v1/interviews/api')
export class InterviewsApiKeyController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('create')
  @HttpCode(200)
  @ApiOkResponse({ type: InterviewResponseDto })
  @ApiOperation({ summary: 'Create an interview (API key)', description: 'Creates a new interview session using an API key for authentication. This endpoint is intended for integrations.' })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateInterviewDto): Promise<InterviewResponseDto> {
    return createInterview(this.commands, this.queries, user, body);
  }

  @Get(':interview_id/score')
  @ApiOkResponse({ type: InterviewResponseDto, description: 'The interview with its status and scores (technical_score, behavioral_score, overall_feedback)' })
  @ApiUnauthorizedResponse({ description: 'Invalid or inactive API key' })
  @ApiNotFoundResponse({ description: 'Interview not found or does not belong to the API key owner' })
  @ApiOperation({
    summary: "Get an interview's status and scores (API key)",
    description: 'What an integration reads after the `interview.completed` or `score.ready` webhook, authenticated by its API key.',
  })
  async get(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string): Promise<InterviewResponseDto> {
    return toInterviewResponse(await this.queries.execute(new GetInterviewQuery(id, user)));
  }

  @Post(':interview_id/token')
  @HttpCode(200)
  @ApiOkResponse({ type: InterviewTokenResponseDto, description: "A guest token for the interview's candidate" })
  @ApiOperation({ summary: 'Get a candidate room token for an interview (API key)', description: 'Generates a LiveKit token for a participant to join the specified interview\'s room, using an API key for authentication.' })
  async token(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string): Promise<InterviewTokenResponseDto> {
    return issueCandidateToken(this.commands, user, id);
  }
}
