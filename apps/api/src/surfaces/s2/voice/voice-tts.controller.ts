import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GetSpeechLimitsQuery, SynthesizeSpeechQuery } from '@candor/application';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { RequestValidationError } from '../../../http/request-validation.error';
import { VoiceTtsRequestDto, VoiceTtsResponseDto } from './voice-tts.dto';
import { Guarded } from '../../../http/guarded.decorator';

const DEFAULT_VOICE = 'alloy';

/** S2 `POST /api/v1/voice/tts`: text in, WAV (base64) out. */
@ApiTags('S2 voice')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@Controller('api/v1/voice')
export class VoiceTtsController {
  constructor(private readonly queries: QueryBus) {}

  @Post('tts')
  @HttpCode(200)
  @ApiOperation({ summary: 'Text to speech', description: '422 for empty or too long text; 400 for an unknown voice; 503 when the engine is unavailable' })
  @ApiOkResponse({ type: VoiceTtsResponseDto })
  async synthesize(@Body() body: VoiceTtsRequestDto): Promise<VoiceTtsResponseDto> {
    // The limit is configuration (TTS_MAX_CHARS), so it is checked here rather than by a static decorator.
    const { maxTtsChars } = await this.queries.execute(new GetSpeechLimitsQuery());
    if ([...body.text].length > maxTtsChars) {
      throw new RequestValidationError([
        { loc: ['text'], msg: `ensure this value has at most ${maxTtsChars} characters`, type: 'value_error.any_str.max_length' },
      ]);
    }
    const speech = await this.queries.execute(new SynthesizeSpeechQuery(body.text, body.voice ?? DEFAULT_VOICE, body.model));
    return {
      audio_base64: speech.audio.toString('base64'),
      text: body.text,
      voice: speech.voice,
      model: speech.model,
      mime_type: speech.mimeType,
      engine: speech.engine,
      duration_seconds: speech.durationSeconds,
    };
  }
}
