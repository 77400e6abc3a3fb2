import { Controller, Get, Param, Req, StreamableFile, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AuthenticatedUser, composeInterviewReport, GetScoreCardQuery } from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { publicUrlOf } from '../../../http/public-url';
import { toS3Report } from './report.mapper';
import { renderReportPdf } from './report-pdf.renderer';
import { S3ReportDto } from './report.response.dto';

/** S3 reports: written from the interview's score card; the PDF also prints the transcript. */
@ApiTags('S3 scoring & reports')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@Controller('api/reports/:interview_id')
export class S3ReportsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ type: S3ReportDto, description: 'Owner or superuser only; 409 while the interview is not completed; 404 until it is scored' })
  async get(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string, @Req() request: FastifyRequest): Promise<S3ReportDto> {
    const view = await this.queries.execute(new GetScoreCardQuery(id, user));
    return toS3Report(composeInterviewReport(view.interview, view.score), exportUrl(request, view.interview.id));
  }

  @Get('export')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The report as a PDF file (a raw download, never wrapped)', schema: { type: 'string', format: 'binary' } })
  async export(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string): Promise<StreamableFile> {
    const view = await this.queries.execute(new GetScoreCardQuery(id, user, true));
    const report = composeInterviewReport(view.interview, view.score);
    return new StreamableFile(renderReportPdf(report, view), {
      type: 'application/pdf',
      disposition: `attachment; filename="interview-report-${view.interview.id}.pdf"`,
    });
  }
}

function exportUrl(request: FastifyRequest, interviewId: string): string {
  return `${publicUrlOf(request)}/api/reports/${interviewId}/export/`;
}
