import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { S4Envelope } from '../s4-envelope.dto';

/** The documented form of `POST /candidates/recordings/{id}/upload` (the controller reads the stream itself). */
export class RecordingUploadFormDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'The recording in `file` (or `recording`): audio/* (.wav .mp3 .m4a .flac .ogg) or video/* (.mp4 .mov .avi .mkv .webm), at most 500 MB',
  })
  file!: unknown;
}

export class RecordingUploadWithInterviewFormDto extends RecordingUploadFormDto {
  @ApiProperty({ format: 'uuid', description: 'The interview the recording belongs to' }) interview_id!: string;
}

export class TranscriptDto {
  @ApiProperty()
  text!: string;

  @ApiProperty({ type: Number, nullable: true, description: "The engine's own 0–1 estimate; null when it reports none" })
  confidence!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  duration_seconds!: number | null;

  @ApiProperty({ example: 'pocketsphinx' })
  engine!: string;

  @ApiProperty({ format: 'date-time' })
  transcribed_at!: string;
}

/** UploadResponse: the interview's current recording. */
export class RecordingResponseDto {
  @ApiProperty({ format: 'uuid' })
  recording_id!: string;

  @ApiProperty({ format: 'uuid' })
  interview_id!: string;

  @ApiProperty({ example: 'answer.wav' })
  file_name!: string;

  @ApiProperty({ example: 'audio/wav' })
  content_type!: string;

  @ApiProperty()
  size_bytes!: number;

  @ApiProperty({ description: 'Hex SHA-256 of the stored bytes' })
  sha256!: string;

  @ApiProperty({ type: Number, nullable: true, description: "Read from the WAV header; null for other containers" })
  duration_seconds!: number | null;

  @ApiProperty({ format: 'date-time' })
  uploaded_at!: string;

  @ApiProperty({ format: 'uuid' })
  uploaded_by!: string;

  @ApiProperty({ description: 'Relative URL of the raw download' })
  download_url!: string;

  @ApiProperty({ enum: ['none', 'completed'] })
  transcription_status!: 'none' | 'completed';
}

/** TranscriptionResponse. */
export class TranscriptionResponseDto {
  @ApiProperty({ format: 'uuid' })
  interview_id!: string;

  @ApiProperty({ format: 'uuid' })
  recording_id!: string;

  @ApiProperty({ enum: ['completed'] })
  status!: 'completed';

  @ApiProperty({ type: TranscriptDto })
  transcript!: TranscriptDto;
}

/** AnalysisResponse: measured, never guessed; every figure that cannot be measured is null. */
export class RecordingAnalysisDto {
  @ApiProperty({ format: 'uuid' })
  interview_id!: string;

  @ApiProperty({ format: 'uuid' })
  recording_id!: string;

  @ApiProperty()
  content_type!: string;

  @ApiProperty()
  size_bytes!: number;

  @ApiProperty({ type: Number, nullable: true })
  duration_seconds!: number | null;

  @ApiProperty({ description: 'Whether a transcript exists (POST …/transcribe); the speech figures need one' })
  transcribed!: boolean;

  @ApiProperty({ type: Number, nullable: true })
  word_count!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Words of the transcript per minute of recording' })
  words_per_minute!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'um, uh, like, you know, … counted in the transcript' })
  filler_word_count!: number | null;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'integer' }, nullable: true })
  filler_words!: Record<string, number> | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Filler words per 100 words' })
  filler_rate!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  unique_word_ratio!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Longest silence between sounds, measured on PCM WAV audio only; null otherwise' })
  longest_pause_seconds!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  transcript_confidence!: number | null;

  @ApiProperty({ format: 'date-time' })
  computed_at!: string;
}

export const S4RecordingEnvelopeDto = S4Envelope(RecordingResponseDto);
export const S4TranscriptionEnvelopeDto = S4Envelope(TranscriptionResponseDto);
export const S4RecordingAnalysisEnvelopeDto = S4Envelope(RecordingAnalysisDto);
