import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RecordedEvent } from '@candor/contracts';
import { AuthenticatedUser, GetInterviewEventsQuery, ReplayInterviewQuery } from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import {
  AuditedEventDto,
  InterviewEventsQueryDto,
  InterviewEventsResponseDto,
  InterviewReplayQueryDto,
  InterviewReplayResponseDto,
} from './interview-audit.dto';
import { Guarded } from '../../../http/guarded.decorator';

/** Audit of one interview: its event stream as stored, and the decider's state replayed to any revision. */
@ApiTags('S1 audit')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/v1/interviews/:interview_id')
export class InterviewAuditController {
  constructor(private readonly queries: QueryBus) {}

  @Get('events')
  @ApiOperation({ summary: "The interview's events with their metadata, in stream order (owner, superuser, or auditor with a `reason`)" })
  @ApiOkResponse({ type: InterviewEventsResponseDto })
  async events(
    @CurrentUser() user: AuthenticatedUser,
    @Param('interview_id') id: string,
    @Query() query: InterviewEventsQueryDto,
  ): Promise<InterviewEventsResponseDto> {
    const page = await this.queries.execute(new GetInterviewEventsQuery(id, user, query.from_revision, query.limit, query.reason));
    return {
      interview_id: page.interviewId,
      events: page.events.map(toAuditedEvent),
      head_revision: page.headRevision,
      next_revision: page.nextRevision,
    };
  }

  @Get('events/replay')
  @ApiOperation({ summary: 'The state every command was decided on, replayed from the stream up to a revision' })
  @ApiOkResponse({ type: InterviewReplayResponseDto })
  async replay(
    @CurrentUser() user: AuthenticatedUser,
    @Param('interview_id') id: string,
    @Query() query: InterviewReplayQueryDto,
  ): Promise<InterviewReplayResponseDto> {
    const replay = await this.queries.execute(new ReplayInterviewQuery(id, user, query.to_revision ?? null, query.reason));
    return {
      interview_id: replay.interviewId,
      revision: replay.revision,
      head_revision: replay.headRevision,
      state: replay.state as unknown as Record<string, unknown>,
    };
  }
}

function toAuditedEvent(e: RecordedEvent): AuditedEventDto {
  return {
    id: e.id,
    type: e.type,
    revision: e.revision,
    position: e.position,
    recorded_at: e.recordedAt,
    data: e.data,
    metadata: {
      correlation_id: e.metadata.correlationId,
      causation_id: e.metadata.causationId,
      user_id: e.metadata.userId,
      timestamp: e.metadata.timestamp,
      schema_version: e.metadata.schemaVersion,
    },
  };
}
