import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, GeneratedQuestionSet, GenerateQuestionsQuery } from '@candor/application';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { GenerateQuestionsDto } from './generate-questions.dto';
import { S3GeneratedQuestionsDto } from './generated-questions.response.dto';
import { Guarded } from '../../../http/guarded.decorator';

/** S3 question generation (seed 003): questions from the built-in bank for a job's skills and a candidate's CV. */
@ApiTags('S3 questions')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/questions')
export class S3QuestionsController {
  constructor(private readonly queries: QueryBus) {}

  @Post('generate')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Generate interview questions',
    description: 'About a quarter behavioural, the rest technical for the skills the job names (then general engineering and coding exercises). 404/403 for a job or candidate that is unknown or not the caller\'s.',
  })
  @ApiOkResponse({ type: S3GeneratedQuestionsDto })
  @ApiNotFoundResponse({ description: 'No such job' })
  async generate(@CurrentUser() user: AuthenticatedUser, @Body() body: GenerateQuestionsDto): Promise<S3GeneratedQuestionsDto> {
    const set: GeneratedQuestionSet = await this.queries.execute(
      new GenerateQuestionsQuery(user, body.job_id, body.candidate_id ?? null, body.difficulty, body.count),
    );
    return {
      questions: set.questions.map((q) => ({
        _id: q.id,
        question_text: q.text,
        question_type: q.type,
        difficulty: q.difficulty,
        skills_tested: [...q.skillsTested],
        expected_answer_points: [...q.expectedAnswerPoints],
        max_score: q.maxScore,
        bank_id: q.bankId,
        reason: q.reason,
      })),
      total_count: set.questions.length,
      difficulty: set.difficulty,
      difficulty_reason: set.difficultyReason,
      skills: set.skills.map((s) => ({ id: s.id, label: s.label, reason: s.reason })),
    };
  }
}
