import { Delete, Get, HttpCode, Param, Post, Req, StreamableFile } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { AuthenticatedUser } from '@candor/application';
import { DeleteRecordingCommand } from '@candor/application/interview/commands/delete-recording.command';
import { TranscribeRecordingCommand } from '@candor/application/interview/commands/transcribe-recording.command';
import { UploadRecordingCommand } from '@candor/application/interview/commands/upload-recording.command';
import { RECORDING_MAX_BYTES } from '@candor/application/interview/commands/upload-recording.handler';
import { GetRecordingAnalysisQuery } from '@candor/application/interview/queries/get-recording-analysis.query';
import { OpenRecordingQuery } from '@candor/application/interview/queries/get-recording.query';
import { RecordingView } from '@candor/application/interview/recording/recording-view';
import { CurrentUser } from '../../../http/auth/current-user.decorator';
import { JwtAuthGuard } from '../../../http/auth/jwt-auth.guard';
import { S4Response } from '../../../http/s4-response';
import { MessageResponseDto } from '../../identity/message.response.dto';
import { S4MessageEnvelopeDto } from '../auth/s4-envelopes.dto';
import { readSingleUpload } from '../../../http/multipart-upload';
import { RequestValidationError } from '../../../http/request-validation.error';
import {
  RecordingAnalysisDto,
  RecordingResponseDto,
  RecordingUploadFormDto,
  RecordingUploadWithInterviewFormDto,
  S4RecordingAnalysisEnvelopeDto,
  S4RecordingEnvelopeDto,
  S4TranscriptionEnvelopeDto,
  TranscriptionResponseDto,
} from './recording.dto';
import { toAnalysisResponse, toRecordingResponse, toTranscriptionResponse } from './recording.mapper';
import { Guarded } from '../../../http/guarded.decorator';
import { S4Controller } from '../../../http/s4-controller.decorator';

const FILE_FIELDS = ['file', 'recording', 'audio', 'video'];

/**
 * S4 `/candidates/recordings/{interview_id}/*`: one current recording per interview, kept on its own event stream.
 * The interview's owner, its candidate and admins may use it (403 for others, 404 for an unknown interview).
 */
@ApiTags('S4 candidates')
@ApiBearerAuth()
@Guarded(JwtAuthGuard)
@S4Controller('candidates/recordings')
export class CandidateRecordingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('upload')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Upload an interview recording, the interview named in the form',
    description:
      "The route of seed 004's upload example: as `POST /candidates/recordings/{interview_id}/upload`, with the interview's id in the " +
      '`interview_id` form field (before or after the file); 400 without it.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: RecordingUploadWithInterviewFormDto })
  @ApiCreatedResponse({ type: S4RecordingEnvelopeDto })
  async uploadNamed(@CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest): Promise<S4Response<RecordingResponseDto>> {
    const { result } = await readSingleUpload<RecordingView>(request, FILE_FIELDS, RECORDING_MAX_BYTES, (file, fields) => {
      if (!fields.interview_id) throw new RequestValidationError([{ loc: ['body', 'interview_id'], msg: 'field required', type: 'value_error.missing' }]);
      return this.commands.execute(new UploadRecordingCommand(fields.interview_id, user, { fileName: file.filename, contentType: file.mimetype, content: file.file }));
    });
    return new S4Response(toRecordingResponse(result), 'Recording uploaded successfully');
  }

  @Post(':interview_id/upload')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Upload the interview recording',
    description:
      'multipart/form-data with the recording in `file`. Only audio/* and video/* parts are taken, and the bytes must carry ' +
      "the format's signature (400 otherwise); past 500 MB: 413. The file streams to storage under " +
      '`recordings/<interview id>/<upload id>.<ext>`; a new upload replaces the previous recording.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: RecordingUploadFormDto })
  @ApiCreatedResponse({ type: S4RecordingEnvelopeDto })
  async upload(
    @CurrentUser() user: AuthenticatedUser,
    @Param('interview_id') id: string,
    @Req() request: FastifyRequest,
  ): Promise<S4Response<RecordingResponseDto>> {
    const { result } = await readSingleUpload<RecordingView>(request, FILE_FIELDS, RECORDING_MAX_BYTES, (file) =>
      this.commands.execute(new UploadRecordingCommand(id, user, { fileName: file.filename, contentType: file.mimetype, content: file.file })),
    );
    return new S4Response(toRecordingResponse(result), 'Recording uploaded successfully');
  }

  @Get(':interview_id/download')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The recording as stored, a raw stream with its content type (never wrapped); 404 when there is none', schema: { type: 'string', format: 'binary' } })
  @ApiOperation({ summary: 'Download recording' })
  async download(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string): Promise<StreamableFile> {
    const { view, stream, size } = await this.queries.execute(new OpenRecordingQuery(id, user));
    return new StreamableFile(stream, { type: view.contentType, length: size, disposition: `attachment; filename="${view.fileName.replace(/"/g, '')}"` });
  }

  @Delete(':interview_id')
  @ApiOkResponse({ type: S4MessageEnvelopeDto })
  @ApiOperation({ summary: 'Delete recording' })
  async remove(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string): Promise<S4Response<MessageResponseDto>> {
    await this.commands.execute(new DeleteRecordingCommand(id, user));
    return new S4Response({ message: 'Recording deleted successfully' }, 'Recording deleted successfully');
  }

  @Post(':interview_id/transcribe')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Transcribe the recording',
    description:
      'Runs the speech-to-text engine over the stored recording and records the transcript on it. The local engine reads ' +
      'WAV, FLAC, OGG and MP3 audio; video and AAC recordings answer 400 (RECORDING.NOT_TRANSCRIBABLE). 404 without a recording, ' +
      '503 when the engine is unavailable.',
  })
  @ApiOkResponse({ type: S4TranscriptionEnvelopeDto })
  async transcribe(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string): Promise<S4Response<TranscriptionResponseDto>> {
    const view = await this.commands.execute(new TranscribeRecordingCommand(id, user));
    return new S4Response(toTranscriptionResponse(view), 'Recording transcribed');
  }

  @Get(':interview_id/analysis')
  @ApiOperation({
    summary: 'Analysis of the recording',
    description:
      'Computed from the recording and its transcript: duration, words per minute, filler words, unique-word ratio, and the ' +
      'longest pause (measured on PCM WAV audio). Figures that need a transcript are null until POST …/transcribe has run.',
  })
  @ApiOkResponse({ type: S4RecordingAnalysisEnvelopeDto })
  async analysis(@CurrentUser() user: AuthenticatedUser, @Param('interview_id') id: string): Promise<RecordingAnalysisDto> {
    return toAnalysisResponse(await this.queries.execute(new GetRecordingAnalysisQuery(id, user)));
  }
}
