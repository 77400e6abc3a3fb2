import { Body, Controller, HttpCode, Inject, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { toS0AnalyzeResponse } from '@candor/application/interview/code-analysis/analysis-response.mappers';
import { resolveLanguage } from '@candor/application/code-execution/languages';
import { CODE_ANALYZER, CodeAnalyzer } from '@candor/application/ports/code-analyzer.port';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { AnalyzeCodeDto, AnalyzeCodeResponseDto } from './analyze-code.dto';

@ApiTags('S0 AI')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@Controller('api/ai')
export class AiAnalyzeController {
  constructor(@Inject(CODE_ANALYZER) private readonly analyzer: CodeAnalyzer) {}

  @Post('analyze')
  @HttpCode(200)
  @ApiOkResponse({ type: AnalyzeCodeResponseDto, description: 'Findings of real tools run in the sandbox and of rule-based checks; the code is never executed' })
  async analyze(@Body() body: AnalyzeCodeDto): Promise<AnalyzeCodeResponseDto> {
    const analysis = await this.analyzer.analyze({
      code: body.code,
      language: resolveLanguage(body.language),
      analysisType: body.analysis_type ?? 'quality',
    });
    return toS0AnalyzeResponse(analysis) as AnalyzeCodeResponseDto;
  }
}
