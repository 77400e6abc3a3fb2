import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Req } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import {
  AuthenticatedUser,
  CreateJobCommand,
  DeleteJobCommand,
  GenerateJobFromTitleCommand,
  GetJobQuery,
  ListJobsQuery,
  UpdateJobCommand,
} from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { pageSkip, s3Page } from '../shared/s3-page';
import { CreateJobDto } from './create-job.dto';
import { GenerateJobDto } from './generate-job.dto';
import { toJobChanges, toJobDetails, toS3Job } from './job.mapper';
import { S3JobDto, S3JobListDto } from './job.response.dto';
import { ListJobsQueryDto } from './list-jobs.query.dto';
import { UpdateJobDto } from './update-job.dto';
import { Guarded } from '../../../http/guarded.decorator';

/** S3 job descriptions (seed 003): a recruiter's own jobs; superusers see all; another's job is 403, an unknown one 404. */
@ApiTags('S3 jobs')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/jobs')
export class S3JobsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOkResponse({ type: S3JobListDto, description: "The caller's jobs (every job for a superuser), newest first" })
  @ApiOperation({ summary: 'List jobs' })
  async list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListJobsQueryDto, @Req() request: FastifyRequest): Promise<S3JobListDto> {
    const { items, total } = await this.queries.execute(
      new ListJobsQuery(
        user,
        { isActive: query.is_active, experienceLevel: query.experience_level, jobType: query.job_type, skill: query.skill, search: query.search },
        pageSkip(query),
        query.page_size,
      ),
    );
    return s3Page(request, query, items.map(toS3Job), total);
  }

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: S3JobDto })
  @ApiOperation({ summary: 'Create a job' })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateJobDto): Promise<S3JobDto> {
    const { jobId } = await this.commands.execute(new CreateJobCommand(user, toJobDetails(body)));
    return toS3Job(await this.queries.execute(new GetJobQuery(jobId, user)));
  }

  @Post('generate_from_title')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Generate a job description from a title (AI)',
    description: 'The configured language model (the built-in engine unless LLM_BASE_URL is set) writes the job; it is created as the caller\'s with `ai_generated: true`.',
  })
  @ApiCreatedResponse({ type: S3JobDto })
  async generate(@CurrentUser() user: AuthenticatedUser, @Body() body: GenerateJobDto): Promise<S3JobDto> {
    const { jobId } = await this.commands.execute(new GenerateJobFromTitleCommand(user, body.title.trim(), body.company?.trim() || null));
    return toS3Job(await this.queries.execute(new GetJobQuery(jobId, user)));
  }

  @Get(':job_id')
  @ApiOkResponse({ type: S3JobDto })
  @ApiOperation({ summary: 'Get a job' })
  async get(@CurrentUser() user: AuthenticatedUser, @Param('job_id') id: string): Promise<S3JobDto> {
    return toS3Job(await this.queries.execute(new GetJobQuery(id, user)));
  }

  @Put(':job_id')
  @ApiOkResponse({ type: S3JobDto })
  @ApiOperation({ summary: 'Replace a job' })
  replace(@CurrentUser() user: AuthenticatedUser, @Param('job_id') id: string, @Body() body: UpdateJobDto): Promise<S3JobDto> {
    return this.update(user, id, body);
  }

  @Patch(':job_id')
  @ApiOkResponse({ type: S3JobDto, description: 'Partial update' })
  @ApiOperation({ summary: 'Update part of a job' })
  patch(@CurrentUser() user: AuthenticatedUser, @Param('job_id') id: string, @Body() body: UpdateJobDto): Promise<S3JobDto> {
    return this.update(user, id, body);
  }

  @Delete(':job_id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiOperation({ summary: 'Delete a job' })
  async remove(@CurrentUser() user: AuthenticatedUser, @Param('job_id') id: string): Promise<void> {
    await this.commands.execute(new DeleteJobCommand(id, user));
  }

  private async update(user: AuthenticatedUser, id: string, body: UpdateJobDto): Promise<S3JobDto> {
    await this.commands.execute(new UpdateJobCommand(id, user, toJobChanges(body)));
    return toS3Job(await this.queries.execute(new GetJobQuery(id, user)));
  }
}
