import { Controller, HttpCode, PayloadTooLargeException, Post, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import { GetSpeechLimitsQuery, TranscribeAudioQuery } from '@candor/application';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { validated } from '../../../http/form-fields';
import { RequestValidationError } from '../../../http/request-validation.error';
import { VoiceSttJsonRequestDto, VoiceSttResponseDto, VoiceSttUploadDto } from './voice-stt.dto';
import { Guarded } from '../../../http/guarded.decorator';

const FILE_FIELDS = ['file', 'audio'];
const DATA_URL_PREFIX = /^data:[\w.+/-]*(;[\w=.+-]+)*;base64,/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

interface Recording {
  readonly audio: Buffer;
  readonly mimeType?: string;
}

/** S2 `POST /api/v1/voice/stt`: a recording (multipart upload or base64 JSON) in, its transcript out. */
@ApiTags('S2 voice')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@ApiExtraModels(VoiceSttUploadDto, VoiceSttJsonRequestDto)
@Controller('api/v1/voice')
export class VoiceSttController {
  constructor(private readonly queries: QueryBus) {}

  @Post('stt')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Speech to text',
    description:
      'multipart/form-data with the recording in `file` (or `audio`), or JSON `{audio_base64, mime_type?}`. ' +
      '413 past STT_MAX_BYTES; 400 for a file that is not (supported) audio; 422 for a missing file; 503 when the engine is unavailable.',
    requestBody: {
      required: true,
      content: {
        'multipart/form-data': { schema: { $ref: getSchemaPath(VoiceSttUploadDto) } },
        'application/json': { schema: { $ref: getSchemaPath(VoiceSttJsonRequestDto) } },
      },
    },
  })
  @ApiOkResponse({ type: VoiceSttResponseDto })
  async transcribe(@Req() request: FastifyRequest): Promise<VoiceSttResponseDto> {
    const { maxSttBytes } = await this.queries.execute(new GetSpeechLimitsQuery());
    const recording = request.isMultipart() ? await this.readUpload(request, maxSttBytes) : await this.readJson(request, maxSttBytes);
    const transcript = await this.queries.execute(new TranscribeAudioQuery(recording.audio, recording.mimeType));
    return {
      text: transcript.text,
      confidence: transcript.confidence,
      duration_seconds: transcript.durationSeconds,
      engine: transcript.engine,
    };
  }

  /** Streams the upload, holding at most STT_MAX_BYTES of it. */
  private async readUpload(request: FastifyRequest, maxBytes: number): Promise<Recording> {
    let recording: Recording | null = null;
    let mimeField: string | undefined;
    for await (const part of request.parts({ limits: { files: 1, fileSize: maxBytes, fields: 10, fieldSize: 1024 } })) {
      if (part.type === 'field') {
        if (part.fieldname === 'mime_type') mimeField = String((part as MultipartValue).value);
        continue;
      }
      const file = part as MultipartFile;
      if (!FILE_FIELDS.includes(file.fieldname)) {
        file.file.resume();
        continue;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of file.file as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > maxBytes) throw tooLarge(maxBytes);
        chunks.push(chunk);
      }
      if (file.file.truncated) throw tooLarge(maxBytes);
      recording = { audio: Buffer.concat(chunks), mimeType: file.mimetype };
    }
    if (!recording) throw new RequestValidationError([{ loc: ['file'], msg: 'field required', type: 'value_error.missing' }]);
    return { audio: recording.audio, mimeType: mimeField ?? recording.mimeType };
  }

  private async readJson(request: FastifyRequest, maxBytes: number): Promise<Recording> {
    const body = request.body && typeof request.body === 'object' && !Array.isArray(request.body) ? (request.body as Record<string, unknown>) : {};
    const form = await validated(VoiceSttJsonRequestDto, body);
    const encoded = form.audio_base64.replace(DATA_URL_PREFIX, '').replace(/\s+/g, '');
    if (encoded.length % 4 !== 0 || !BASE64.test(encoded)) {
      throw new RequestValidationError([{ loc: ['audio_base64'], msg: 'value is not valid base64', type: 'value_error.base64' }]);
    }
    // Refuse by the encoded size before decoding anything.
    if ((encoded.length / 4) * 3 - (encoded.match(/=+$/)?.[0].length ?? 0) > maxBytes) throw tooLarge(maxBytes);
    return { audio: Buffer.from(encoded, 'base64'), mimeType: form.mime_type };
  }
}

function tooLarge(maxBytes: number): PayloadTooLargeException {
  return new PayloadTooLargeException(`the audio is larger than ${maxBytes} bytes`);
}
