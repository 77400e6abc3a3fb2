import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class VoiceTtsRequestDto {
  @ApiProperty({ example: 'Hello, welcome to your interview!', description: 'At most TTS_MAX_CHARS (default 5000) characters' })
  @IsString()
  @Matches(/\S/, { message: 'text must not be empty' })
  text!: string;

  @ApiPropertyOptional({
    default: 'alloy',
    example: 'alloy',
    description:
      'OpenAI voice name (alloy, echo, fable, onyx, nova, shimmer, ash, ballad, coral, sage, verse); with the local espeak-ng ' +
      'engine also an espeak-ng voice such as en-gb or en-us+f3. An unknown voice is refused (400), not replaced.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  voice?: string;

  @ApiPropertyOptional({ example: 'tts-1-hd', description: 'Passed to an OpenAI-compatible server; echoed by espeak-ng. Default TTS_MODEL.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  model?: string;
}

export class VoiceTtsResponseDto {
  @ApiProperty({ description: 'The audio file (WAV, 16-bit PCM) in base64', example: 'UklGRiQAAABXQVZFZm10...' }) audio_base64!: string;
  @ApiProperty({ example: 'Hello, welcome to your interview!' }) text!: string;
  @ApiProperty({ example: 'alloy' }) voice!: string;
  @ApiProperty({ example: 'tts-1-hd' }) model!: string;
  @ApiProperty({ example: 'audio/wav' }) mime_type!: string;
  @ApiProperty({ example: 'espeak-ng', description: "'espeak-ng' or 'openai-compatible'" }) engine!: string;
  @ApiProperty({ example: 2.4, nullable: true, type: Number }) duration_seconds!: number | null;
}
