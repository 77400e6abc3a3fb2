import { Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AuthenticatedUser, CV_MAX_BYTES, GetCandidateQuery, GetResumeAnalysisQuery, ListCandidatesQuery, UploadCvCommand } from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { validated } from '../../../http/form-fields';
import { readSingleUpload } from '../../../http/multipart-upload';
import { ListResumesQueryDto } from './list-resumes.query.dto';
import { toResumeAnalysis, toResumeResponse } from './resume.mapper';
import { ResumeAnalysisResponseDto, ResumeResponseDto } from './resume.response.dto';
import { UploadResumeDto, UploadResumeFieldsDto } from './upload-resume.dto';
import { Guarded } from '../../../http/guarded.decorator';

const FILE_FIELDS = ['file', 'resume', 'cv_file', 'cv'];

/**
 * S2 resumes (seed 002 names `/resumes/*` "Resume upload and analysis"): the CV capability S3 calls
 * candidates, on the same commands, parser and read model. A resume is visible to its uploader and superusers.
 */
@ApiTags('S2 resumes')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/v1/resumes')
export class ResumesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post(['upload', ''])
  @HttpCode(201)
  @ApiOperation({
    summary: 'Upload a resume and parse it',
    description:
      'multipart/form-data with the file in `file` (PDF, DOCX or plain text, at most 10 MB); optional `full_name`, `email`, `phone` ' +
      'before the file override what parsing finds. 400 for another type, 413 past 10 MB. A file without readable text is kept ' +
      'with `parsing_status: failed`.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadResumeDto })
  @ApiCreatedResponse({ type: ResumeResponseDto })
  async upload(@CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest): Promise<ResumeResponseDto> {
    const { result } = await readSingleUpload(request, FILE_FIELDS, CV_MAX_BYTES, async (file, fields) => {
      const form = await validated(UploadResumeFieldsDto, fields);
      return this.commands.execute(
        new UploadCvCommand(user, { fileName: file.filename, contentType: file.mimetype, content: file.file }, { fullName: form.full_name, email: form.email, phone: form.phone }),
      );
    });
    return toResumeResponse(await this.queries.execute(new GetCandidateQuery(result.candidateId, user)));
  }

  @Get()
  @ApiOperation({ summary: "List the caller's resumes, newest first (`skip`, `limit`; filters `skill`, `search`)" })
  @ApiOkResponse({ type: [ResumeResponseDto] })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListResumesQueryDto): Promise<ResumeResponseDto[]> {
    const { items } = await this.queries.execute(new ListCandidatesQuery(user, { skill: query.skill, search: query.search }, query.skip, query.limit));
    return items.map(toResumeResponse);
  }

  @Get(':resume_id')
  @ApiOperation({ summary: 'One resume with everything parsed from it (404 unknown, 403 not yours)' })
  @ApiOkResponse({ type: ResumeResponseDto })
  async get(@CurrentUser() user: AuthenticatedUser, @Param('resume_id') id: string): Promise<ResumeResponseDto> {
    return toResumeResponse(await this.queries.execute(new GetCandidateQuery(id, user)));
  }

  @Get(':resume_id/analysis')
  @ApiOperation({ summary: "A resume's analysis: skills by category, seniority, recommended difficulty, interview topics, strengths and gaps" })
  @ApiOkResponse({ type: ResumeAnalysisResponseDto })
  async analysis(@CurrentUser() user: AuthenticatedUser, @Param('resume_id') id: string): Promise<ResumeAnalysisResponseDto> {
    const { resume, analysis } = await this.queries.execute(new GetResumeAnalysisQuery(id, user));
    return toResumeAnalysis(resume, analysis);
  }
}
