import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser } from '@candor/application';
import { GetScoreVersionsQuery, RescoreInterviewCommand } from '@candor/application/assessment';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { RescoreQueryDto, RescoreResponseDto, ScoreVersionsQueryDto, ScoreVersionsResponseDto } from './interview-scores.dto';
import { toRescoreResponse, toScoreVersionsResponse } from './interview-scores.mapper';
import { Guarded } from '../../../http/guarded.decorator';

/** An interview's score versions and its re-scoring (`/api/v1/interviews/{id}/scores`, `/rescore`). */
@ApiTags('S1/S2 interviews')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/v1/interviews/:interview_id')
export class InterviewScoresController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('rescore')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Score a completed interview again from its events and append the new version beside the old ones (admin or owner); ' +
      'dry_run=true computes and returns it without recording it (also allowed to auditors)',
  })
  @ApiOkResponse({ type: RescoreResponseDto })
  async rescore(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string, @Query() query: RescoreQueryDto): Promise<RescoreResponseDto> {
    return toRescoreResponse(id, await this.commands.execute(new RescoreInterviewCommand(id, user, query.dry_run)));
  }

  @Get('scores')
  @ApiOperation({ summary: 'Every score version of an interview with the versions used, its scoring status, and a diff between two versions' })
  @ApiOkResponse({ type: ScoreVersionsResponseDto })
  async scores(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string, @Query() query: ScoreVersionsQueryDto): Promise<ScoreVersionsResponseDto> {
    return toScoreVersionsResponse(await this.queries.execute(new GetScoreVersionsQuery(id, user, query.from ?? null, query.to ?? null)));
  }
}
