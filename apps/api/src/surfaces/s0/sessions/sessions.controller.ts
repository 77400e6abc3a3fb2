import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CreateInterviewCommand, GetInterviewQuery, ListInterviewsQuery } from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { CreateSessionDto } from './create-session.dto';
import { ListSessionsQueryDto } from './list-sessions.query.dto';
import { fromS0Status, toSessionResponse } from './session.mapper';
import { SessionListResponseDto, SessionResponseDto } from './session.response.dto';
import { sessionDetails } from './session-details';
import { Guarded } from '../../../http/guarded.decorator';

/** S0 sessions: interviews seen by their owner (recruiter), their candidate or a superuser. */
@ApiTags('S0 sessions')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/sessions')
export class SessionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: SessionResponseDto })
  @ApiOperation({ summary: 'Create an interview session' })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateSessionDto): Promise<SessionResponseDto> {
    const { interviewId } = await this.commands.execute(
      new CreateInterviewCommand(user, sessionDetails(body), body.scheduled_at ?? null),
    );
    return toSessionResponse(await this.queries.execute(new GetInterviewQuery(interviewId, user)));
  }

  @Get()
  @ApiOkResponse({ type: SessionListResponseDto, description: 'The caller\'s sessions (owned or as candidate), newest first' })
  @ApiOperation({ summary: 'List the caller\'s interview sessions' })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListSessionsQueryDto): Promise<SessionListResponseDto> {
    const { items, total } = await this.queries.execute(
      new ListInterviewsQuery(
        user,
        { scope: 'visible', ...(query.status ? { status: fromS0Status(query.status) } : {}) },
        query.offset,
        query.limit,
      ),
    );
    return { sessions: items.map(toSessionResponse), total, limit: query.limit, offset: query.offset };
  }

  @Get(':session_id')
  @ApiOkResponse({ type: SessionResponseDto })
  @ApiOperation({ summary: 'Get an interview session' })
  async get(@CurrentUser() user: AuthenticatedUser, @Param('session_id') id: string): Promise<SessionResponseDto> {
    return toSessionResponse(await this.queries.execute(new GetInterviewQuery(id, user)));
  }
}
