import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnalyzeCodeQuery } from '@candor/application/interview/code-analysis/analyze-code.query';
import { toS0AnalyzeResponse } from '@candor/application/interview/code-analysis/analysis-response.mappers';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { AnalyzeCodeDto, AnalyzeCodeResponseDto } from './analyze-code.dto';
import { Guarded } from '../../../http/guarded.decorator';

@ApiTags('S0 AI')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/ai')
export class AiAnalyzeController {
  constructor(private readonly queries: QueryBus) {}

  @Post('analyze')
  @HttpCode(200)
  @ApiOkResponse({ type: AnalyzeCodeResponseDto, description: 'Findings of real tools run in the sandbox and of rule-based checks; the code is never executed' })
  @ApiOperation({ summary: 'Analyze a candidate answer or code (AI)' })
  async analyze(@Body() body: AnalyzeCodeDto): Promise<AnalyzeCodeResponseDto> {
    const analysis = await this.queries.execute(new AnalyzeCodeQuery(body.code, body.language, body.analysis_type ?? 'quality'));
    return toS0AnalyzeResponse(analysis) as AnalyzeCodeResponseDto;
  }
}
