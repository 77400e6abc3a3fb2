import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** The JSON form of a transcription request. */
export class VoiceSttJsonRequestDto {
  @ApiProperty({
    description: 'The recording in base64 (a `data:audio/...;base64,` prefix is allowed). JSON bodies are capped at 10 MB; upload larger files as multipart.',
  })
  @IsString()
  @Matches(/\S/, { message: 'audio_base64 must not be empty' })
  audio_base64!: string;

  @ApiPropertyOptional({ example: 'audio/wav', description: 'A hint only: the container is recognised from the bytes' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  mime_type?: string;
}

/** The multipart form of a transcription request (documentation only: the controller reads the stream itself). */
export class VoiceSttUploadDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'The recording (WAV, FLAC, OGG, AIFF, AU; MP3/WebM/M4A with a Whisper server); at most STT_MAX_BYTES (default 25 MB). `audio` is accepted as the field name too.',
  })
  file!: unknown;

  @ApiPropertyOptional({ example: 'audio/wav' })
  mime_type?: string;
}

export class VoiceSttResponseDto {
  @ApiProperty({ example: 'hello welcome to your interview' }) text!: string;
  @ApiProperty({ example: 0.82, nullable: true, type: Number, description: "0–1, the engine's own estimate; null when it gives none" })
  confidence!: number | null;
  @ApiProperty({ example: 2.4, nullable: true, type: Number }) duration_seconds!: number | null;
  @ApiProperty({ example: 'pocketsphinx', description: "'pocketsphinx' or 'openai-compatible'" }) engine!: string;
}
