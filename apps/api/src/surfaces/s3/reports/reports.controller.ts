import { Controller, Delete, Get, HttpCode, Param, Post, Req, StreamableFile } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AuthenticatedUser, GetScoreCardQuery } from '@candor/application';
import { GetReportShareQuery, ShareReportCommand } from '@candor/application/assessment';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { publicUrlOf } from '../../../http/public-url';
import { toS3Report } from './report.mapper';
import { reportParts } from './report-parts';
import { renderReportPdf } from './report-pdf.renderer';
import { S3ReportDto, S3ReportShareDto, S3ReportShareRevokedDto } from './report.response.dto';
import { Guarded } from '../../../http/guarded.decorator';

/** S3 reports: written from the interview's score card with the evidence it cites; the PDF also prints the transcript. */
@ApiTags('S3 scoring & reports')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/reports/:interview_id')
export class S3ReportsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  @ApiOkResponse({ type: S3ReportDto, description: 'Owner or superuser only; 409 while the interview is not completed; 404 until it is scored' })
  @ApiOperation({ summary: 'Get an interview report' })
  @ApiConflictResponse({ description: 'The interview is not completed and scored yet' })
  async get(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string, @Req() request: FastifyRequest): Promise<S3ReportDto> {
    const view = await this.queries.execute(new GetScoreCardQuery(id, user));
    const [parts, shareToken] = await Promise.all([reportParts(this.queries, view), this.queries.execute(new GetReportShareQuery(view.interview.id))]);
    return toS3Report(parts, exportUrl(request, view.interview.id), shareToken);
  }

  @Post('share')
  @HttpCode(201)
  @ApiOperation({ summary: 'Create (or return) the public read-only link of the report: no login needed to read it, until revoked (owner or admin)' })
  @ApiCreatedResponse({ type: S3ReportShareDto })
  @ApiConflictResponse({ description: 'The interview is not completed and scored yet: there is no report to share' })
  async share(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string, @Req() request: FastifyRequest): Promise<S3ReportShareDto> {
    const { shareToken } = await this.commands.execute(new ShareReportCommand(id, user, 'share'));
    return { share_token: shareToken as string, share_url: `${publicUrlOf(request)}/api/shared-reports/${shareToken}/` };
  }

  @Delete('share')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke the public link of the report: the token answers 404 from then on (owner or admin)' })
  @ApiOkResponse({ type: S3ReportShareRevokedDto })
  async revoke(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string): Promise<S3ReportShareRevokedDto> {
    await this.commands.execute(new ShareReportCommand(id, user, 'revoke'));
    return { message: 'Share link revoked' };
  }

  @Get('export')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The report as a PDF file (a raw download, never wrapped)', schema: { type: 'string', format: 'binary' } })
  @ApiOperation({ summary: 'Export an interview report as PDF' })
  @ApiConflictResponse({ description: 'The interview is not completed and scored yet' })
  async export(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string): Promise<StreamableFile> {
    const view = await this.queries.execute(new GetScoreCardQuery(id, user, true));
    return new StreamableFile(renderReportPdf(await reportParts(this.queries, view)), {
      type: 'application/pdf',
      disposition: `attachment; filename="interview-report-${view.interview.id}.pdf"`,
    });
  }
}

function exportUrl(request: FastifyRequest, interviewId: string): string {
  return `${publicUrlOf(request)}/api/reports/${interviewId}/export/`;
}
