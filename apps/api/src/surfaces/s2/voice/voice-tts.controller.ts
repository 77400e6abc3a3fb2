import { Body, Controller, HttpCode, Inject, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TEXT_TO_SPEECH, TextToSpeech } from '@candor/application/ports/tts.port';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { RequestValidationError } from '../../../http/request-validation.error';
import { VoiceTtsRequestDto, VoiceTtsResponseDto } from './voice-tts.dto';

const DEFAULT_VOICE = 'alloy';

/** S2 `POST /api/v1/voice/tts`: text in, WAV (base64) out. */
@ApiTags('S2 voice')
@ApiBearerAuth()
@UseGuards(JwtAuthGuard)
@Controller('api/v1/voice')
export class VoiceTtsController {
  constructor(@Inject(TEXT_TO_SPEECH) private readonly tts: TextToSpeech) {}

  @Post('tts')
  @HttpCode(200)
  @ApiOperation({ summary: 'Text to speech', description: '422 for empty or too long text; 400 for an unknown voice; 503 when the engine is unavailable' })
  @ApiOkResponse({ type: VoiceTtsResponseDto })
  async synthesize(@Body() body: VoiceTtsRequestDto): Promise<VoiceTtsResponseDto> {
    // The limit is configuration (TTS_MAX_CHARS), so it is checked here rather than by a static decorator.
    if ([...body.text].length > this.tts.maxChars) {
      throw new RequestValidationError([
        { loc: ['text'], msg: `ensure this value has at most ${this.tts.maxChars} characters`, type: 'value_error.any_str.max_length' },
      ]);
    }
    const speech = await this.tts.synthesize(body.text, body.voice ?? DEFAULT_VOICE, body.model);
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
