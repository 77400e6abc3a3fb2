import { Body, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AuthenticatedUser,
  CreateInterviewTemplateCommand,
  DeleteInterviewTemplateCommand,
  GetInterviewQuery,
  GetInterviewTemplateQuery,
  GetInvitationQuery,
  InterviewTemplateDocument,
  InviteFromTemplateCommand,
  ListInterviewTemplatesQuery,
  ListInvitationsQuery,
  UpdateInterviewTemplateCommand,
} from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { Roles } from '../../../http/auth/roles.decorator';
import { RolesGuard } from '../../../http/auth/roles.guard';
import { paginationMeta, S4Response } from '../../../http/s4-response';
import { MessageResponseDto } from '../../identity/message.response.dto';
import { S4Envelope } from '../s4-envelope.dto';
import { endOfDay } from '../s4-filter.query.dto';
import {
  InterviewTemplateCreateDto,
  InterviewTemplateResponseDto,
  InterviewTemplateUpdateDto,
  InvitationCreateDto,
  InvitationResponseDto,
  InvitationSentResponseDto,
  ListInvitationsQueryDto,
  ListTemplatesQueryDto,
} from './interview-template.dto';
import { toInvitationResponse, toTemplateChanges, toTemplateFields, toTemplateResponse } from './interview-template.mapper';
import { Guarded } from '../../../http/guarded.decorator';
import { S4Controller } from '../../../http/s4-controller.decorator';

const S4TemplateEnvelope = S4Envelope(InterviewTemplateResponseDto);
const S4TemplatePageEnvelope = S4Envelope(InterviewTemplateResponseDto, { isArray: true, paginated: true });
const S4InvitationEnvelope = S4Envelope(InvitationSentResponseDto);
const S4InvitationPageEnvelope = S4Envelope(InvitationResponseDto, { isArray: true, paginated: true });
const S4TemplateMessageEnvelope = S4Envelope(MessageResponseDto);

/** S4 `/interviewer/interviews/*`: interview templates and the invitations sent from them (interviewers and recruiters). */
@ApiTags('S4 interviewer templates')
@ApiBearerAuth()
@Guarded(JwtAuthGuard, RolesGuard)
@Roles('recruiter', 'interviewer')
@S4Controller('interviewer/interviews')
export class InterviewTemplatesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: S4TemplateEnvelope })
  @ApiOperation({ summary: 'Create interview template' })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: InterviewTemplateCreateDto): Promise<S4Response<InterviewTemplateResponseDto>> {
    const { templateId } = await this.commands.execute(new CreateInterviewTemplateCommand(user, toTemplateFields(body)));
    return new S4Response(toTemplateResponse(await this.template(user, templateId)), 'Interview template created');
  }

  @Get()
  @ApiOperation({
    summary: "List the caller's templates (every template for an admin)",
    description: '`search` matches title, description, position and technologies; `status` is `active` or `inactive`; `sort_by` one of created_at, updated_at, title, duration_minutes.',
  })
  @ApiOkResponse({ type: S4TemplatePageEnvelope })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() q: ListTemplatesQueryDto): Promise<S4Response<InterviewTemplateResponseDto[]>> {
    const { items, total } = await this.queries.execute(
      new ListInterviewTemplatesQuery(
        user,
        {
          search: q.search,
          isActive: q.status === undefined ? undefined : q.status === 'active',
          dateFrom: q.date_from,
          dateTo: endOfDay(q.date_to),
          sortBy: q.sort_by,
          sortOrder: q.sort_order,
        },
        (q.page - 1) * q.size,
        q.size,
      ),
    );
    return new S4Response(items.map(toTemplateResponse), undefined, paginationMeta(q.page, q.size, total));
  }

  @Get('invitations')
  @ApiOperation({
    summary: 'List sent invitations',
    description: '`search` matches the candidate email/name and template title; `template_id` narrows to one template; `status` is the status of the invitation\'s interview; `sort_by` one of sent_at, candidate_email, scheduled_at.',
  })
  @ApiOkResponse({ type: S4InvitationPageEnvelope })
  async invitations(@CurrentUser() user: AuthenticatedUser, @Query() q: ListInvitationsQueryDto): Promise<S4Response<InvitationResponseDto[]>> {
    const { items, total } = await this.queries.execute(
      new ListInvitationsQuery(
        user,
        { search: q.search, templateId: q.template_id, interviewStatus: q.status, dateFrom: q.date_from, dateTo: endOfDay(q.date_to), sortBy: q.sort_by, sortOrder: q.sort_order },
        (q.page - 1) * q.size,
        q.size,
      ),
    );
    return new S4Response(
      items.map((i) => toInvitationResponse(i.invitation, i.interview)),
      undefined,
      paginationMeta(q.page, q.size, total),
    );
  }

  @Get(':template_id')
  @ApiOkResponse({ type: S4TemplateEnvelope })
  @ApiOperation({ summary: 'Get template details' })
  async detail(@CurrentUser() user: AuthenticatedUser, @Param('template_id') id: string): Promise<InterviewTemplateResponseDto> {
    return toTemplateResponse(await this.template(user, id));
  }

  @Put(':template_id')
  @ApiOkResponse({ type: S4TemplateEnvelope })
  @ApiOperation({ summary: 'Update template' })
  async update(@CurrentUser() user: AuthenticatedUser, @Param('template_id') id: string, @Body() body: InterviewTemplateUpdateDto): Promise<InterviewTemplateResponseDto> {
    await this.commands.execute(new UpdateInterviewTemplateCommand(id, user, toTemplateChanges(body)));
    return toTemplateResponse(await this.template(user, id));
  }

  @Delete(':template_id')
  @ApiOkResponse({ type: S4TemplateMessageEnvelope, description: 'Interviews already created from the template are kept' })
  @ApiOperation({ summary: 'Delete template' })
  async remove(@CurrentUser() user: AuthenticatedUser, @Param('template_id') id: string): Promise<S4Response<MessageResponseDto>> {
    await this.commands.execute(new DeleteInterviewTemplateCommand(id, user));
    return new S4Response({ message: 'Interview template deleted' }, 'Interview template deleted');
  }

  @Post(':template_id/invite')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Invite a candidate',
    description:
      "Creates an interview from the template (title, type, difficulty, duration, technologies; the questions go to the interview's metadata) " +
      'with the candidate email, so the candidate sees it under `/candidates/interviews` once signed in with that email, and mails the candidate ' +
      'the invitation (link or session code, schedule, message). 409 for an inactive template.',
  })
  @ApiCreatedResponse({ type: S4InvitationEnvelope })
  async invite(@CurrentUser() user: AuthenticatedUser, @Param('template_id') id: string, @Body() body: InvitationCreateDto): Promise<S4Response<InvitationSentResponseDto>> {
    const { invitationId, interviewId, emailSent } = await this.commands.execute(
      new InviteFromTemplateCommand(id, user, {
        candidateEmail: body.candidate_email,
        candidateName: body.candidate_name ?? null,
        message: body.message ?? null,
        scheduledAt: body.scheduled_at ?? null,
      }),
    );
    const { invitation, interview } = await this.queries.execute(new GetInvitationQuery(invitationId, user));
    const sent = toInvitationResponse(invitation, interview ?? (await this.queries.execute(new GetInterviewQuery(interviewId, user))));
    return new S4Response({ ...sent, email_sent: emailSent }, `Invitation sent to ${body.candidate_email}`);
  }

  private template(user: AuthenticatedUser, id: string): Promise<InterviewTemplateDocument> {
    return this.queries.execute(new GetInterviewTemplateQuery(id, user));
  }
}
