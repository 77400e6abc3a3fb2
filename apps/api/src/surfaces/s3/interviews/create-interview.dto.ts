import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { INTERVIEW_TYPES } from '@candor/domain';

export const S3_DIFFICULTIES = ['auto', 'easy', 'medium', 'hard'] as const;

/**
 * S3 `POST /api/interviews/`. `job` and `candidate` are the S3 job and candidate ids; the remaining
 * optional fields (title, candidate name/email, position, job description, technologies) tell the AI
 * interviewer what to ask, and a user with `candidate_email` may see the interview.
 */
export class CreateS3InterviewDto {
  @ApiPropertyOptional({ example: 'job_uuid', description: 'The S3 job id' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  job?: string;

  @ApiPropertyOptional({ example: 'candidate_uuid', description: 'The S3 candidate id' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  candidate?: string;

  @ApiPropertyOptional({ enum: INTERVIEW_TYPES, example: 'video', description: '`video` or `chat` (also `technical`, `behavioral`)' })
  @IsOptional()
  @IsIn(INTERVIEW_TYPES)
  interview_type?: (typeof INTERVIEW_TYPES)[number];

  @ApiPropertyOptional({ enum: S3_DIFFICULTIES, default: 'auto' })
  @IsOptional()
  @IsIn(S3_DIFFICULTIES)
  difficulty?: (typeof S3_DIFFICULTIES)[number];

  @ApiPropertyOptional({ example: '2024-01-20T14:00:00Z', description: 'With a schedule the interview is `scheduled`, without one `pending`' })
  @IsOptional()
  @IsISO8601()
  scheduled_at?: string;

  @ApiPropertyOptional({ example: 60, minimum: 1, maximum: 1440 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1440)
  duration_minutes?: number;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  enable_video_analysis?: boolean;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  enable_recording?: boolean;

  @ApiPropertyOptional({ example: 'Senior Java Developer interview', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({ example: 'John Doe', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  candidate_name?: string;

  @ApiPropertyOptional({ example: 'john@example.com' })
  @IsOptional()
  @IsEmail()
  candidate_email?: string;

  @ApiPropertyOptional({ example: 'Senior Java Developer', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  position?: string;

  @ApiPropertyOptional({ maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  job_description?: string;

  @ApiPropertyOptional({ type: [String], example: ['Java', 'Spring', 'SQL'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  technologies?: string[];
}
