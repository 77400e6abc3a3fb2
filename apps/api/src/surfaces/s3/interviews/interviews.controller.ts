import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import {
  AuthenticatedUser,
  CreateJobInterviewCommand,
  GetInterviewQuery,
  GetInterviewSubjectsQuery,
  GetTranscriptQuery,
  InterviewDocument,
  InterviewSubjects,
  ListInterviewsQuery,
} from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { pageSkip, s3Page } from '../shared/s3-page';
import { CreateS3InterviewDto } from './create-interview.dto';
import { ListS3InterviewsQueryDto } from './list-interviews.query.dto';
import { s3InterviewDetails, toS3Interview, toS3InterviewDetail } from './interview.mapper';
import { S3CandidateSummaryDto } from '../candidates/candidate.response.dto';
import { S3JobDto } from '../jobs/job.response.dto';
import { S3CandidateRefDto, S3InterviewDetailDto, S3InterviewDto, S3InterviewListDto, S3JobRefDto } from './interview.response.dto';
import { Guarded } from '../../../http/guarded.decorator';

/** S3 interviews (seed 003): the shared interview aggregate seen with `_id`, `job`, `candidate` and the invite link. */
@ApiTags('S3 interviews')
@ApiBearerAuth()
@ApiExtraModels(S3JobDto, S3JobRefDto, S3CandidateSummaryDto, S3CandidateRefDto)
@Guarded(JwtAuthGuard)
@Controller('api/interviews')
export class S3InterviewsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOkResponse({ type: S3InterviewListDto, description: "The caller's interviews (owned or as candidate), newest first" })
  @ApiOperation({ summary: 'List interviews' })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListS3InterviewsQueryDto, @Req() request: FastifyRequest): Promise<S3InterviewListDto> {
    const { items, total } = await this.queries.execute(
      new ListInterviewsQuery(
        user,
        { scope: 'visible', status: query.status, jobId: query.job, candidateId: query.candidate },
        pageSkip(query),
        query.page_size,
      ),
    );
    const subjects = await this.subjects(items);
    return s3Page(request, query, items.map((i) => toS3Interview(i, subjects)), total);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: "Create an interview for one of the caller's jobs and candidates (400 if either is missing or unknown)" })
  @ApiCreatedResponse({ type: S3InterviewDto })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateS3InterviewDto): Promise<S3InterviewDto> {
    const { interviewId } = await this.commands.execute(
      new CreateJobInterviewCommand(user, body.job, body.candidate, s3InterviewDetails(body), body.scheduled_at ?? null),
    );
    const interview = await this.queries.execute(new GetInterviewQuery(interviewId, user));
    return toS3Interview(interview, await this.subjects([interview]));
  }

  @Get(':interview_id')
  @ApiOkResponse({ type: S3InterviewDetailDto })
  @ApiOperation({ summary: 'Get an interview' })
  async get(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string): Promise<S3InterviewDetailDto> {
    const interview = await this.queries.execute(new GetInterviewQuery(id, user));
    return toS3InterviewDetail(interview, await this.subjects([interview]), await this.queries.execute(new GetTranscriptQuery(interview.id, user)));
  }

  private subjects(interviews: readonly InterviewDocument[]): Promise<InterviewSubjects> {
    return this.queries.execute(new GetInterviewSubjectsQuery(interviews));
  }
}
