import { Body, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AuthenticatedUser,
  CompleteInterviewCommand,
  DeleteInterviewCommand,
  GetInterviewQuery,
  InterviewDocument,
  IssueRoomTokenCommand,
  ListInterviewsQuery,
  StartInterviewCommand,
  UpdateInterviewCommand,
  WithdrawFromInterviewCommand,
} from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { paginationMeta, S4Response } from '../../../http/s4-response';
import { MessageResponseDto } from '../../identity/message.response.dto';
import { CreateInterviewDto } from '../../shared/interviews/create-interview.dto';
import { createInterview } from '../../shared/interviews/interview-actions';
import { toInterviewChanges, toInterviewResponse } from '../../shared/interviews/interview.mapper';
import { InterviewResponseDto } from '../../shared/interviews/interview.response.dto';
import { UpdateInterviewDto } from '../../shared/interviews/update-interview.dto';
import { S4Envelope } from '../s4-envelope.dto';
import { endOfDay } from '../s4-filter.query.dto';
import {
  INTERVIEW_SORT,
  ListCandidateInterviewsQueryDto,
  SessionEndResponseDto,
  SessionStartResponseDto,
  WithdrawalResponseDto,
  WithdrawFromInterviewDto,
} from './candidate-interview.dto';
import { toSessionEnd, toSessionStart, toWithdrawal } from './candidate-interview.mapper';
import { Guarded } from '../../../http/guarded.decorator';
import { S4Controller } from '../../../http/s4-controller.decorator';

const S4InterviewEnvelope = S4Envelope(InterviewResponseDto);
const S4InterviewPageEnvelope = S4Envelope(InterviewResponseDto, { isArray: true, paginated: true });
const S4SessionStartEnvelope = S4Envelope(SessionStartResponseDto);
const S4SessionEndEnvelope = S4Envelope(SessionEndResponseDto);
const S4CandidateMessageEnvelope = S4Envelope(MessageResponseDto);
const S4WithdrawalEnvelope = S4Envelope(WithdrawalResponseDto);

/**
 * S4 `/candidates/interviews/*`: the shared interview aggregate seen from the candidate portal. The caller sees the
 * interviews they own and those whose `candidate_email` is theirs; owners manage, candidates view and take part.
 */
@ApiTags('S4 candidate interviews')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@S4Controller('candidates/interviews')
export class CandidateInterviewsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: S4InterviewEnvelope })
  @ApiOperation({ summary: 'Create new interview session' })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateInterviewDto): Promise<S4Response<InterviewResponseDto>> {
    return new S4Response(await createInterview(this.commands, this.queries, user, body), 'Interview created');
  }

  @Get()
  @ApiOperation({
    summary: "List the caller's interviews",
    description:
      'Owned and candidate interviews. `search` matches title, candidate name/email and position; `status` (`active` = `in_progress`); ' +
      '`date_from`/`date_to` on the creation time; `sort_by` one of created_at, updated_at, scheduled_at, title, status.',
  })
  @ApiOkResponse({ type: S4InterviewPageEnvelope })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListCandidateInterviewsQueryDto): Promise<S4Response<InterviewResponseDto[]>> {
    const status = query.status === 'active' ? 'in_progress' : query.status;
    const { items, total } = await this.queries.execute(
      new ListInterviewsQuery(
        user,
        {
          scope: 'visible',
          status,
          createdFrom: query.date_from,
          createdTo: endOfDay(query.date_to),
          search: query.search,
          sortBy: INTERVIEW_SORT[query.sort_by],
          sortOrder: query.sort_order,
        },
        (query.page - 1) * query.size,
        query.size,
      ),
    );
    return new S4Response(items.map(toInterviewResponse), undefined, paginationMeta(query.page, query.size, total));
  }

  @Get(':interview_id')
  @ApiOkResponse({ type: S4InterviewEnvelope })
  @ApiOperation({ summary: 'Get interview details' })
  async detail(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string): Promise<InterviewResponseDto> {
    return toInterviewResponse(await this.get(user, id));
  }

  @Put(':interview_id')
  @ApiOkResponse({ type: S4InterviewEnvelope, description: 'Owner only; `status` moves the lifecycle (409 on an illegal move)' })
  @ApiOperation({ summary: 'Update interview' })
  async update(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string, @Body() body: UpdateInterviewDto): Promise<InterviewResponseDto> {
    await this.commands.execute(new UpdateInterviewCommand(id, user, toInterviewChanges(body), body.scheduled_at, body.status));
    return toInterviewResponse(await this.get(user, id));
  }

  @Delete(':interview_id')
  @ApiOperation({
    summary: 'Delete an interview',
    description:
      'Owner (or superuser) only, in any state. Afterwards every surface answers 404 for it and lists omit it; ' +
      'its events stay in the log for the audit (`InterviewDeleted`).',
  })
  @ApiOkResponse({ type: S4CandidateMessageEnvelope })
  async remove(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string): Promise<S4Response<MessageResponseDto>> {
    await this.commands.execute(new DeleteInterviewCommand(id, user));
    return new S4Response({ message: 'Interview deleted successfully' }, 'Interview deleted successfully');
  }

  @Post(':interview_id/start')
  @HttpCode(200)
  @ApiOperation({ summary: 'Start (or rejoin) an interview and get a LiveKit token and URL for its room' })
  @ApiOkResponse({ type: S4SessionStartEnvelope, description: 'Starting a running interview again is a no-op (rejoin)' })
  @ApiOperation({ summary: 'Start interview session' })
  async start(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string): Promise<SessionStartResponseDto> {
    // The token first: a server without LiveKit answers 503 and records no start.
    const room = await this.commands.execute(new IssueRoomTokenCommand(user, { interviewId: id }, { participant: 'caller', role: 'auto' }));
    await this.commands.execute(new StartInterviewCommand(id, user));
    return toSessionStart(await this.get(user, id), room);
  }

  @Post(':interview_id/end')
  @HttpCode(200)
  @ApiOkResponse({ type: S4SessionEndEnvelope, description: '409 unless the interview is running' })
  @ApiOperation({ summary: 'End interview session' })
  async end(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string): Promise<SessionEndResponseDto> {
    await this.commands.execute(new CompleteInterviewCommand(id, user));
    return toSessionEnd(await this.get(user, id));
  }

  @Post(':interview_id/withdraw')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Withdraw from an interview (the candidate)',
    description:
      "The interview's candidate (the user whose verified email is its `candidate_email`) declines it before it starts: " +
      'it becomes `cancelled`, its owner is notified, and the optional `reason` is shown to them. Withdrawing again is a no-op. ' +
      'The owner cancels instead (403 here); an interview in progress, completed or cancelled answers 409.',
  })
  @ApiBody({ type: WithdrawFromInterviewDto, required: false })
  @ApiOkResponse({ type: S4WithdrawalEnvelope })
  async withdraw(
    @CurrentUser() user: AuthenticatedUser,
    @Param('interview_id') id: string,
    @Body() body: WithdrawFromInterviewDto,
  ): Promise<S4Response<WithdrawalResponseDto>> {
    await this.commands.execute(new WithdrawFromInterviewCommand(id, user, body.reason ?? null));
    return new S4Response(toWithdrawal(await this.get(user, id)), 'You have withdrawn from the interview');
  }

  private get(user: AuthenticatedUser, id: string): Promise<InterviewDocument> {
    return this.queries.execute(new GetInterviewQuery(id, user));
  }
}
