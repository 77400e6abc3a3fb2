import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AiCompletionService } from '@candor/application/ai/ai-completion.service';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { AiCompleteDto, AiCompleteResponseDto } from './ai-complete.dto';
import { Guarded } from '../../../http/guarded.decorator';

@ApiTags('S0 AI')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/ai')
export class AiCompleteController {
  constructor(private readonly ai: AiCompletionService) {}

  @Post('complete')
  @HttpCode(200)
  @ApiOkResponse({ type: AiCompleteResponseDto })
  @ApiOperation({ summary: 'Complete a prompt with the AI interviewer' })
  async complete(@Body() body: AiCompleteDto): Promise<AiCompleteResponseDto> {
    const result = await this.ai.complete({
      prompt: body.prompt,
      code: body.code ?? null,
      language: body.language ?? null,
      maxTokens: body.max_tokens ?? 500,
      temperature: body.temperature ?? 0.1,
    });
    return { completion: result.completion, model_used: result.modelUsed, tokens_used: result.tokensUsed, confidence: result.confidence };
  }
}
