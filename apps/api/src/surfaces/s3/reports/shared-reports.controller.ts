import { Controller, Get, Param, Req, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { GetSharedReportQuery } from '@candor/application/assessment';
import { toS3Report } from './report.mapper';
import { reportParts } from './report-parts';
import { renderReportPdf } from './report-pdf.renderer';
import { S3ReportDto } from './report.response.dto';
import { publicUrlOf } from '../../../http/public-url';
import { Guarded } from '../../../http/guarded.decorator';

/** A report shared by its owner: read-only, no login, until the link is revoked (then 404). */
@ApiTags('S3 scoring & reports')
@Guarded()
@Controller('api/shared-reports/:token')
export class S3SharedReportsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'A shared report, read with its public token (no login); 404 once revoked', security: [] })
  @ApiOkResponse({ type: S3ReportDto })
  async get(@Param('token') token: string, @Req() request: FastifyRequest): Promise<S3ReportDto> {
    const view = await this.queries.execute(new GetSharedReportQuery(token));
    return toS3Report(await reportParts(this.queries, view), `${publicUrlOf(request)}/api/shared-reports/${token}/export/`, token);
  }

  @Get('export')
  @ApiOperation({ summary: 'The shared report as a PDF (no login); 404 once revoked', security: [] })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The report as a PDF file (a raw download, never wrapped)', schema: { type: 'string', format: 'binary' } })
  async export(@Param('token') token: string): Promise<StreamableFile> {
    const view = await this.queries.execute(new GetSharedReportQuery(token));
    return new StreamableFile(renderReportPdf(await reportParts(this.queries, view)), {
      type: 'application/pdf',
      disposition: `attachment; filename="interview-report-${view.interview.id}.pdf"`,
    });
  }
}
