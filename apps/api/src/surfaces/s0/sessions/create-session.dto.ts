import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsISO8601, IsObject, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { DurationMinutes } from '../../shared/interviews/duration-minutes.decorator';

/** S0 `POST /api/sessions`. `metadata` is free-form; its `difficulty`, `technologies`, `interview_type` are understood. */
export class CreateSessionDto {
  @ApiProperty({ example: 'Senior Python Developer Interview', maxLength: 500 })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  title!: string;

  @ApiPropertyOptional({ example: 'Technical interview for senior Python position', maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @ApiPropertyOptional({ example: 'candidate@example.com', description: 'The candidate; a user with this email may see and join the session' })
  @IsOptional()
  @IsEmail()
  candidate_email?: string;

  @ApiPropertyOptional({ example: '2024-01-15T14:00:00Z', description: 'With a schedule the session is `scheduled`, without one `pending`' })
  @IsOptional()
  @IsISO8601()
  scheduled_at?: string;

  @DurationMinutes()
  duration_minutes?: number;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { difficulty: 'senior', technologies: ['python', 'django'], interview_type: 'technical' },
    description: '`interview_type` is one of technical, video, chat, behavioral; `technologies` a list of names',
  })
  @IsOptional()
  @IsObject()
  metadata?: Record<string, unknown>;
}
