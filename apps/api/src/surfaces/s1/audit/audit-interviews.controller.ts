import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, DiffInterviewPointsQuery, GetInterviewAtPointQuery, InterviewPointsDiff, InterviewPointView } from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { InterviewAtPointDto, InterviewAtPointQueryDto, InterviewDiffDto, InterviewDiffQueryDto } from './audit.dto';
import { Guarded } from '../../../http/guarded.decorator';

/** An interview at any point of the log, folded with the read models' own projections; and what changed between two points. */
@ApiTags('S1 audit')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/v1/audit/interviews/:interview_id')
export class AuditInterviewsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: "An interview's state, transcript, score versions and report as they stood at a time (`as_of`) or log position (admin or auditor; `reason` required)" })
  @ApiOkResponse({ type: InterviewAtPointDto })
  async atPoint(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string, @Query() q: InterviewAtPointQueryDto): Promise<InterviewAtPointDto> {
    const view: InterviewPointView = await this.queries.execute(new GetInterviewAtPointQuery(user, id, { asOf: q.as_of, position: q.position }, q.reason));
    return toPointDto(view);
  }

  @Get('diff')
  @ApiOperation({ summary: 'What changed in an interview between two points of the log (times or positions; admin or auditor; `reason` required)' })
  @ApiOkResponse({ type: InterviewDiffDto })
  async diff(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string, @Query() q: InterviewDiffQueryDto): Promise<InterviewDiffDto> {
    const diff: InterviewPointsDiff = await this.queries.execute(
      new DiffInterviewPointsQuery(user, id, { asOf: q.from_as_of, position: q.from_position }, { asOf: q.to_as_of, position: q.to_position }, q.reason),
    );
    return { interview_id: diff.interviewId, from: toPointDto(diff.from), to: toPointDto(diff.to), changes: [...diff.changes] };
  }
}

function toPointDto(view: InterviewPointView): InterviewAtPointDto {
  const first = (collection: string) => (view.readModels[collection]?.[0] as unknown as Record<string, unknown> | undefined) ?? null;
  const interview = first('interviews');
  return {
    interview_id: view.interviewId,
    point: { as_of: view.point.asOf, position: view.point.position },
    existed: interview !== null,
    event_count: view.eventCount,
    last_event: view.lastEvent && {
      position: view.lastEvent.position,
      stream: view.lastEvent.streamId,
      revision: view.lastEvent.revision,
      recorded_at: view.lastEvent.recordedAt,
    },
    interview,
    transcript: first('interview_transcripts'),
    score_card: first('interview_score_cards'),
    score_versions: view.scoreVersions as unknown as Record<string, unknown>[],
    report: view.report as unknown as Record<string, unknown> | null,
    read_models: view.readModels as unknown as Record<string, Record<string, unknown>[]>,
  };
}
