import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, EvaluationDocument, GetEvaluationsQuery, RecordEvaluationCommand } from '@candor/application';
import { DomainError } from '@candor/domain';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { CreateEvaluationDto } from './create-evaluation.dto';
import { EvaluationResponseDto } from './evaluation.response.dto';
import { S0_SCALE, toEvaluationResponse } from './evaluation.mapper';
import { Guarded } from '../../../http/guarded.decorator';

@ApiTags('S0 evaluations')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/evaluations')
export class EvaluationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: EvaluationResponseDto })
  @ApiOperation({ summary: 'Evaluate a session' })
  @ApiNotFoundResponse({ description: 'No such session' })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateEvaluationDto): Promise<EvaluationResponseDto> {
    const { evaluationId } = await this.commands.execute(
      new RecordEvaluationCommand(body.session_id, user, {
        scale: S0_SCALE,
        scores: {
          overall: body.overall_score,
          coding: body.coding_score ?? null,
          communication: body.communication_score ?? null,
          problemSolving: body.problem_solving_score ?? null,
          technical: body.technical_score ?? null,
          codeQuality: null,
          behavioral: null,
        },
        skillBreakdown: {},
        keyFindings: (body.key_findings ?? []).map((f) => ({ category: f.category, finding: f.finding, evidence: f.evidence ?? null })),
        recommendations: body.recommendations ?? [],
        summary: null,
      }),
    );
    const all = await this.queries.execute(new GetEvaluationsQuery(body.session_id, user));
    return toEvaluationResponse(all.find((e) => e.id === evaluationId) as EvaluationDocument);
  }

  @Get(':session_id')
  @ApiOkResponse({ type: EvaluationResponseDto, description: 'The latest evaluation of the session' })
  @ApiOperation({ summary: 'Get the latest evaluation of a session' })
  async latest(@CurrentUser() user: AuthenticatedUser, @Param('session_id') id: string): Promise<EvaluationResponseDto> {
    const all = await this.queries.execute(new GetEvaluationsQuery(id, user));
    const latest = all[all.length - 1];
    if (!latest) throw new DomainError('EVALUATION.NOT_FOUND', 'This session has no evaluation yet', 'not_found');
    return toEvaluationResponse(latest);
  }
}
