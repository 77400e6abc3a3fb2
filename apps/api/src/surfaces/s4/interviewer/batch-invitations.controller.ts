import { Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiConsumes, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AuthenticatedUser, BatchJobDocument, GetBatchJobQuery, StartBatchInvitationsCommand } from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { readSingleUpload } from '../../../http/multipart-upload';
import { validated } from '../../../http/form-fields';
import { S4Response } from '../../../http/s4-response';
import { S4Envelope } from '../s4-envelope.dto';
import { BatchInvitationsFormDto, BatchInvitationsJsonDto, BatchJobDto, BatchJobStartedDto } from './batch-invitations.dto';
import { Guarded } from '../../../http/guarded.decorator';
import { S4Controller } from '../../../http/s4-controller.decorator';

const CSV_MAX_BYTES = 1024 * 1024;

/** S4 batch operations: invitations from a CSV as a background job; progress on `/ws/batch/{job_id}/progress`. */
@ApiTags('S4 interviewer')
@ApiBearerAuth()
@ApiExtraModels(BatchInvitationsFormDto, BatchInvitationsJsonDto)
@Guarded(JwtAuthGuard)
@S4Controller('interviewer')
export class BatchInvitationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('interviews/:template_id/invite/batch')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Invite every candidate of a CSV (a batch job)',
    description:
      'multipart/form-data with the CSV in `file`, or JSON `{csv}`. Header `email` (or `candidate_email`), optional `name`, `scheduled_at`, ' +
      '`message`; at most 1000 rows. Answers 202 with the job id at once; each row becomes an invitation as with `/invite` (a bad row fails ' +
      'alone), and `/ws/batch/{job_id}/progress` reports each one. 5 batch jobs per hour.',
  })
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({ schema: { oneOf: [{ $ref: getSchemaPath(BatchInvitationsFormDto) }, { $ref: getSchemaPath(BatchInvitationsJsonDto) }] } })
  @ApiAcceptedResponse({ type: S4Envelope(BatchJobStartedDto) })
  async start(@CurrentUser() user: AuthenticatedUser, @Param('template_id') templateId: string, @Req() request: FastifyRequest): Promise<S4Response<BatchJobStartedDto>> {
    const csv = request.isMultipart()
      ? (await readSingleUpload(request, ['file', 'csv'], CSV_MAX_BYTES, (file) => readText(file.file))).result
      : (await validated(BatchInvitationsJsonDto, (request.body ?? {}) as Record<string, unknown>)).csv;
    const { jobId, total } = await this.commands.execute(new StartBatchInvitationsCommand(user, templateId, csv));
    return new S4Response({ job_id: jobId, kind: 'invitations', total, status: 'running', progress_url: `/ws/batch/${jobId}/progress` }, `Batch of ${total} invitations started`);
  }

  @Get('batch/:job_id')
  @ApiOperation({ summary: 'A batch job with the outcome of each item (owner only)' })
  @ApiOkResponse({ type: S4Envelope(BatchJobDto) })
  async get(@CurrentUser() user: AuthenticatedUser, @Param('job_id') id: string): Promise<BatchJobDto> {
    return toBatchJob(await this.queries.execute(new GetBatchJobQuery(id, user)));
  }
}

async function readText(stream: AsyncIterable<Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function toBatchJob(doc: BatchJobDocument): BatchJobDto {
  return {
    job_id: doc.id,
    kind: doc.kind,
    status: doc.status,
    total: doc.total,
    ...doc.counts,
    items: doc.items.map((i) => ({ index: i.index, label: i.label, status: i.status, result_id: i.resultId, error: i.error })),
    created_at: doc.createdAt,
    completed_at: doc.completedAt,
  };
}
