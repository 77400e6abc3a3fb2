import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AuthenticatedUser,
  GetInterviewQuery,
  ListInterviewsQuery,
  UpdateInterviewCommand,
} from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { CreateInterviewDto } from '../../shared/interviews/create-interview.dto';
import { createInterview, issueCandidateToken } from '../../shared/interviews/interview-actions';
import { toInterviewChanges, toInterviewResponse } from '../../shared/interviews/interview.mapper';
import { InterviewResponseDto, InterviewTokenResponseDto } from '../../shared/interviews/interview.response.dto';
import { ListInterviewsQueryDto } from './list-interviews.query.dto';
import { UpdateInterviewDto } from '../../shared/interviews/update-interview.dto';
import { Guarded } from '../../../http/guarded.decorator';

/** `/api/v1/interviews`: S1's interview routes, whose create and detail bodies S2 shares (unions). */
@ApiTags('S1/S2 interviews')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/v1/interviews')
export class InterviewsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: InterviewResponseDto })
  @ApiOperation({ summary: 'Create an interview', description: 'Creates a new interview session and a corresponding LiveKit room.' })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateInterviewDto): Promise<InterviewResponseDto> {
    return createInterview(this.commands, this.queries, user, body);
  }

  @Get()
  @ApiOkResponse({ type: [InterviewResponseDto], description: "The caller's interviews (every interview for a superuser), newest first" })
  @ApiOperation({ summary: 'List the caller\'s interviews', description: 'Lists all interview sessions created by the current user (every interview for a superuser), newest first.' })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListInterviewsQueryDto): Promise<InterviewResponseDto[]> {
    const { items } = await this.queries.execute(new ListInterviewsQuery(user, { scope: 'owned' }, query.skip, query.limit));
    return items.map(toInterviewResponse);
  }

  @Get(':interview_id')
  @ApiOkResponse({ type: InterviewResponseDto })
  @ApiOperation({ summary: 'Get an interview', description: 'Retrieves the details of a specific interview session.' })
  async get(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string): Promise<InterviewResponseDto> {
    return toInterviewResponse(await this.queries.execute(new GetInterviewQuery(id, user)));
  }

  @Put(':interview_id')
  @ApiOkResponse({ type: InterviewResponseDto })
  @ApiOperation({ summary: 'Update an interview', description: 'Updates the details of an existing interview session; `status` moves it through its lifecycle (409 on an illegal transition).' })
  async update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('interview_id') id: string,
    @Body() body: UpdateInterviewDto,
  ): Promise<InterviewResponseDto> {
    await this.commands.execute(new UpdateInterviewCommand(id, user, toInterviewChanges(body), body.scheduled_at, body.status));
    return toInterviewResponse(await this.queries.execute(new GetInterviewQuery(id, user)));
  }

  @Post(':interview_id/token')
  @HttpCode(200)
  @ApiOkResponse({ type: InterviewTokenResponseDto, description: "A guest token for the interview's candidate" })
  @ApiOperation({ summary: 'Get a room token for an interview', description: 'Generates a LiveKit token for a participant to join the specified interview\'s room.' })
  async token(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string): Promise<InterviewTokenResponseDto> {
    return issueCandidateToken(this.commands, user, id);
  }
}
