import { Controller, Delete, Get, HttpCode, Param, Post, Query, Req, StreamableFile } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { ExportVerification } from '@candor/contracts';
import { DomainError } from '@candor/domain';
import {
  AuditCheckpointList,
  AuditStreamPage,
  AuthenticatedUser,
  ErasePersonCommand,
  ExportAuditLogQuery,
  PersonErasure,
  ExportAuditStreamQuery,
  GetAuditCheckpointsQuery,
  ListAuditStreamsQuery,
  VerifyAuditExportQuery,
} from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import {
  AuditCheckpointsQueryDto,
  AuditCheckpointsResponseDto,
  AuditLogExportQueryDto,
  AuditReasonQueryDto,
  AuditStreamsQueryDto,
  AuditStreamsResponseDto,
  AuditVerificationDto,
  AuditVerifyBodyDto,
  AuditVerifyQueryDto,
  PersonErasureDto,
} from './audit.dto';
import { Guarded } from '../../../http/guarded.decorator';

const NDJSON = 'application/x-ndjson';
const EXPORT_DOC =
  'NDJSON, one object per line: a `header`, every `event` exactly as stored with its hash links (`previous_hash`, `hash`, ' +
  '`previous_log_hash`, `log_hash`), `link` lines (later log entries by stream and hash) leading to the signed `checkpoint`, ' +
  'and an `end` line with the counts. Written page by page. Verify it offline with `npm run audit -- verify FILE`.';

/** Audit teams (admin or auditor; read only): stream listing, exports with signed checkpoints, verification; erasure (admin). */
@ApiTags('S1 audit')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/v1/audit')
export class AuditController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get('streams')
  @ApiOperation({ summary: 'Every stream of the event log under its stored name, with its event count and positions (admin or auditor)' })
  @ApiOkResponse({ type: AuditStreamsResponseDto })
  async streams(@CurrentUser() user: AuthenticatedUser, @Query() q: AuditStreamsQueryDto): Promise<AuditStreamsResponseDto> {
    const page: AuditStreamPage = await this.queries.execute(new ListAuditStreamsQuery(user, q.reason, q.category, q.skip, q.limit));
    return { total: page.total, skip: q.skip, limit: q.limit, streams: [...page.streams] };
  }

  @Get('streams/:stream/export')
  @ApiOperation({ summary: "Export one stream exactly as stored, hash-chained and anchored in a signed checkpoint (NDJSON; `reason` required)", description: EXPORT_DOC })
  @ApiProduces(NDJSON)
  @ApiOkResponse({ description: 'NDJSON export', content: { [NDJSON]: { schema: { type: 'string' } } } })
  async exportStream(@CurrentUser() user: AuthenticatedUser, @Param('stream') stream: string, @Query() q: AuditReasonQueryDto): Promise<StreamableFile> {
    const lines: AsyncIterable<string> = await this.queries.execute(new ExportAuditStreamQuery(user, stream, q.reason));
    return ndjsonFile(lines, `${stream}.ndjson`);
  }

  @Get('log/export')
  @ApiOperation({ summary: 'Export the global log between two positions exactly as stored, anchored in a signed checkpoint (NDJSON; `reason` required)', description: EXPORT_DOC })
  @ApiProduces(NDJSON)
  @ApiOkResponse({ description: 'NDJSON export', content: { [NDJSON]: { schema: { type: 'string' } } } })
  async exportLog(@CurrentUser() user: AuthenticatedUser, @Query() q: AuditLogExportQueryDto): Promise<StreamableFile> {
    const lines: AsyncIterable<string> = await this.queries.execute(new ExportAuditLogQuery(user, q.from, q.to, q.reason));
    return ndjsonFile(lines, 'log.ndjson');
  }

  @Get('checkpoints')
  @ApiOperation({ summary: 'Signed checkpoints of the log head (newest first) and the Ed25519 public key they verify with' })
  @ApiOkResponse({ type: AuditCheckpointsResponseDto })
  async checkpoints(@CurrentUser() user: AuthenticatedUser, @Query() q: AuditCheckpointsQueryDto): Promise<AuditCheckpointsResponseDto> {
    const list: AuditCheckpointList = await this.queries.execute(new GetAuditCheckpointsQuery(user, q.reason, q.limit));
    return { algorithm: list.algorithm, public_key: list.public_key, checkpoints: [...list.checkpoints] };
  }

  @Post('verify')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Verify an export as the offline verifier does: every hash, every link, the checkpoint signature',
    description: 'Send the file as `application/x-ndjson` (streamed, `public_key` in the query) or JSON `{export, public_key}`. ' +
      '`valid: false` names the first broken link (line and reason).',
  })
  @ApiConsumes(NDJSON, 'application/json')
  @ApiBody({ type: AuditVerifyBodyDto })
  @ApiOkResponse({ type: AuditVerificationDto })
  async verify(@CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest, @Query() q: AuditVerifyQueryDto): Promise<AuditVerificationDto> {
    const body = request.body;
    const lines =
      body instanceof Readable
        ? createInterface({ input: body, crlfDelay: Infinity })
        : verifyBodyLines(body);
    const key = body instanceof Readable ? q.public_key : ((body as AuditVerifyBodyDto | undefined)?.public_key ?? q.public_key);
    const result: ExportVerification = await this.queries.execute(new VerifyAuditExportQuery(user, lines, key));
    return { ...result, checkpoint: result.checkpoint && { ...result.checkpoint }, error: result.error && { ...result.error } };
  }

  @Delete('people/:person_id')
  @ApiOperation({
    summary: "Erase a person (GDPR art. 17): destroy their keys and files; the events stay, their personal fields read `[erased]` (admin)",
    description: '`person_id`: an email address, a person id (`person-…`), or the id of an interview or candidate naming the person. ' +
      'The read models are rebuilt from the log; the hash chain still verifies (hashes cover the encrypted fields).',
  })
  @ApiOkResponse({ type: PersonErasureDto })
  async erase(@CurrentUser() user: AuthenticatedUser, @Param('person_id') id: string): Promise<PersonErasureDto> {
    const erased: PersonErasure = await this.commands.execute(new ErasePersonCommand(user, id));
    return {
      person_id: erased.personId,
      streams: [...erased.streams],
      keys_destroyed: erased.keysDestroyed,
      files_deleted: erased.filesDeleted,
      projections_rebuilt: erased.projectionsRebuilt,
    };
  }
}

function ndjsonFile(lines: AsyncIterable<string>, filename: string): StreamableFile {
  return new StreamableFile(Readable.from(lines), { type: `${NDJSON}; charset=utf-8`, disposition: `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"` });
}

/** A JSON body `{export}` split into lines (checked here: the NDJSON branch has no DTO). */
function verifyBodyLines(body: unknown): string[] {
  const text = (body as { export?: unknown } | null | undefined)?.export;
  if (typeof text !== 'string' || text.trim() === '') {
    throw new DomainError('AUDIT.EXPORT_REQUIRED', 'export: required, the NDJSON text of an export (or send the file as application/x-ndjson)', 'invalid', { field: 'export' });
  }
  return text.split('\n');
}
