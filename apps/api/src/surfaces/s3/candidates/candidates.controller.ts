import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import {
  AddCandidateNoteCommand,
  AuthenticatedUser,
  CV_MAX_BYTES,
  GetCandidateQuery,
  ListCandidatesQuery,
  UploadCvCommand,
} from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { validated } from '../../../http/form-fields';
import { readSingleUpload } from '../../../http/multipart-upload';
import { pageSkip, s3Page } from '../shared/s3-page';
import { AddNoteDto } from './add-note.dto';
import { toS3Candidate, toS3CandidateSummary, toS3Note } from './candidate.mapper';
import { S3CandidateDto, S3CandidateListDto, S3CandidateNoteDto } from './candidate.response.dto';
import { ListCandidatesQueryDto } from './list-candidates.query.dto';
import { UploadCvDto, UploadCvFieldsDto } from './upload-cv.dto';
import { Guarded } from '../../../http/guarded.decorator';

const FILE_FIELDS = ['cv_file', 'file', 'cv', 'resume'];

/** S3 candidates (seed 003): CV upload and parsing, details, notes. A recruiter sees their own; superusers all. */
@ApiTags('S3 candidates')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/candidates')
export class S3CandidatesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOkResponse({ type: S3CandidateListDto, description: "The caller's candidates (every candidate for a superuser), newest first" })
  @ApiOperation({ summary: 'List candidates' })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListCandidatesQueryDto, @Req() request: FastifyRequest): Promise<S3CandidateListDto> {
    const { items, total } = await this.queries.execute(
      new ListCandidatesQuery(user, { parsingStatus: query.parsing_status, skill: query.skill, search: query.search }, pageSkip(query), query.page_size),
    );
    return s3Page(request, query, items.map(toS3CandidateSummary), total);
  }

  @Post('upload_cv')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Upload a CV',
    description:
      'multipart/form-data with the file in `cv_file` (PDF, DOCX or plain text, at most 10 MB). The file is streamed to storage, ' +
      'its text read (pdftotext for PDF) and parsed: contact details, skills from the skills taxonomy, experience, education. ' +
      '400 for another type (or content that does not match it), 413 past 10 MB. A file with no readable text still creates ' +
      'the candidate, with `parsing_status: failed` and `parsing_error`.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadCvDto })
  @ApiCreatedResponse({ type: S3CandidateDto })
  async uploadCv(@CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest): Promise<S3CandidateDto> {
    const { result: candidateId } = await readSingleUpload(
      request,
      FILE_FIELDS,
      CV_MAX_BYTES,
      async (file, fields) => {
        const form = await validated(UploadCvFieldsDto, fields);
        const uploaded = await this.commands.execute(
          new UploadCvCommand(
            user,
            { fileName: file.filename, contentType: file.mimetype, content: file.file },
            { fullName: form.full_name, email: form.email, phone: form.phone },
          ),
        );
        return uploaded.candidateId;
      },
      `The CV is larger than ${CV_MAX_BYTES} bytes (10 MB)`,
    );
    return toS3Candidate(await this.queries.execute(new GetCandidateQuery(candidateId, user)));
  }

  @Get(':candidate_id')
  @ApiOkResponse({ type: S3CandidateDto })
  @ApiOperation({ summary: 'Get a candidate' })
  async get(@CurrentUser() user: AuthenticatedUser, @Param('candidate_id') id: string): Promise<S3CandidateDto> {
    return toS3Candidate(await this.queries.execute(new GetCandidateQuery(id, user)));
  }

  @Post(':candidate_id/add_note')
  @HttpCode(201)
  @ApiCreatedResponse({ type: S3CandidateNoteDto })
  @ApiOperation({ summary: 'Add a note to a candidate' })
  async addNote(@CurrentUser() user: AuthenticatedUser, @Param('candidate_id') id: string, @Body() body: AddNoteDto): Promise<S3CandidateNoteDto> {
    return toS3Note(id, await this.commands.execute(new AddCandidateNoteCommand(id, user, body.content)));
  }

  @Get(':candidate_id/notes')
  @ApiOkResponse({ type: [S3CandidateNoteDto], description: 'The notes on the candidate, oldest first' })
  @ApiOperation({ summary: 'List a candidate\'s notes' })
  async notes(@CurrentUser() user: AuthenticatedUser, @Param('candidate_id') id: string): Promise<S3CandidateNoteDto[]> {
    const candidate = await this.queries.execute(new GetCandidateQuery(id, user));
    return candidate.notes.map((n) => toS3Note(candidate.id, n));
  }
}
