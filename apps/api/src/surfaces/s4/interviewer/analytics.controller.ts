import { Body, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  AuthenticatedUser,
  ExportAnalyticsQuery,
  GetCandidateAnalyticsQuery,
  GetDashboardQuery,
  GetInterviewReportDataQuery,
  GetTrendsQuery,
} from '@candor/application';
import { GetScoreEvidenceQuery } from '@candor/application/assessment';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { Roles } from '../../../http/auth/roles.decorator';
import { RolesGuard } from '../../../http/auth/roles.guard';
import { S4Envelope } from '../s4-envelope.dto';
import { endOfDay } from '../s4-filter.query.dto';
import {
  AnalyticsRangeQueryDto,
  CandidateAnalyticsDto,
  DashboardDataDto,
  ExportRequestDto,
  InterviewReportDto,
  TrendsDataDto,
  TrendsQueryDto,
} from './analytics.dto';
import { toCandidateAnalytics, toDashboardData, toInterviewReport, toTrendsData } from './analytics.mapper';
import { Guarded } from '../../../http/guarded.decorator';
import { S4Controller } from '../../../http/s4-controller.decorator';

/**
 * S4 `/interviewer/analytics/*`: computed from the read models (interviews, evaluations, score cards) with aggregate
 * pipelines, over the caller's own interviews (every interview for an admin).
 */
@ApiTags('S4 interviewer analytics')
@ApiBearerAuth()
@Guarded(JwtAuthGuard, RolesGuard)
@Roles('recruiter', 'interviewer')
@S4Controller('interviewer/analytics')
export class AnalyticsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('dashboard')
  @ApiOkResponse({ type: S4Envelope(DashboardDataDto) })
  @ApiOperation({ summary: 'Get dashboard data' })
  async dashboard(@CurrentUser() user: AuthenticatedUser, @Query() q: AnalyticsRangeQueryDto): Promise<DashboardDataDto> {
    return toDashboardData(await this.queries.execute(new GetDashboardQuery(user, { dateFrom: q.date_from, dateTo: endOfDay(q.date_to) })));
  }

  @Get('reports/:interview_id')
  @ApiOperation({
    summary: 'One interview with its evaluations, score card and the evidence of each score',
    description: 'Owner or admin (403 for the candidate and others)',
  })
  @ApiOkResponse({ type: S4Envelope(InterviewReportDto) })
  async report(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string): Promise<InterviewReportDto> {
    const data = await this.queries.execute(new GetInterviewReportDataQuery(id, user));
    const evidence = data.scoreCard ? await this.queries.execute(new GetScoreEvidenceQuery({ interview: data.interview, score: data.scoreCard })) : null;
    return toInterviewReport(data, evidence);
  }

  @Get('candidates/:candidate_id')
  @ApiOperation({
    summary: "A candidate's interviews with the caller",
    description: '`candidate_id` is a user id, a candidate email, or an S3 candidate id. 404 when none of the caller\'s interviews names it.',
  })
  @ApiOkResponse({ type: S4Envelope(CandidateAnalyticsDto) })
  async candidate(@CurrentUser() user: AuthenticatedUser, @Param('candidate_id') id: string): Promise<CandidateAnalyticsDto> {
    return toCandidateAnalytics(await this.queries.execute(new GetCandidateAnalyticsQuery(id, user)));
  }

  @Get('trends')
  @ApiOkResponse({ type: S4Envelope(TrendsDataDto) })
  @ApiOperation({ summary: 'Get hiring trends' })
  async trends(@CurrentUser() user: AuthenticatedUser, @Query() q: TrendsQueryDto): Promise<TrendsDataDto> {
    return toTrendsData(q.interval, await this.queries.execute(new GetTrendsQuery(user, { dateFrom: q.date_from, dateTo: endOfDay(q.date_to) }, q.interval)));
  }

  @Post('export')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Export analytics as CSV or JSON',
    description:
      'A raw stream (not wrapped) with `Content-Disposition: attachment`, one row per interview in range: interview_id, title, candidate_name, ' +
      'candidate_email, position, status, created_at, started_at, ended_at, duration_minutes, technical_score, behavioral_score, overall_score. ' +
      '`format: csv` (default) gives text/csv with a header line; `format: json` gives application/json, an array of those rows as objects.',
  })
  @ApiProduces('text/csv', 'application/json')
  @ApiOkResponse({
    description: 'text/csv or application/json file',
    content: {
      'text/csv': { schema: { type: 'string', format: 'binary' } },
      'application/json': { schema: { type: 'array', items: { type: 'object', additionalProperties: true } } },
    },
  })
  async export(@CurrentUser() user: AuthenticatedUser, @Body() body: ExportRequestDto): Promise<StreamableFile> {
    const format = body.format ?? 'csv';
    const stream = await this.queries.execute(new ExportAnalyticsQuery(user, { dateFrom: body.date_from, dateTo: endOfDay(body.date_to), status: body.status }, format));
    return format === 'json'
      ? new StreamableFile(stream, { type: 'application/json; charset=utf-8', disposition: 'attachment; filename="interview-analytics.json"' })
      : new StreamableFile(stream, { type: 'text/csv; charset=utf-8', disposition: 'attachment; filename="interview-analytics.csv"' });
  }
}
