import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, GetScoreCardQuery } from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { toS3InterviewScore } from './interview-score.mapper';
import { S3InterviewScoreDto } from './interview-score.response.dto';
import { Guarded } from '../../../http/guarded.decorator';

/** S3 `GET /api/interviews/{id}/score/`: the AI score card recorded when the interview completed. */
@ApiTags('S3 scoring & reports')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/interviews/:interview_id/score')
export class S3InterviewScoreController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({
    type: S3InterviewScoreDto,
    description: 'Owner or superuser only (403 otherwise); 409 while the interview is not completed; 404 until its score is recorded',
  })
  @ApiOperation({ summary: 'Get an interview\'s score' })
  @ApiConflictResponse({ description: 'The interview is not completed and scored yet' })
  async get(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string): Promise<S3InterviewScoreDto> {
    const { score } = await this.queries.execute(new GetScoreCardQuery(id, user));
    return toS3InterviewScore(score);
  }
}
