import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { INTERVIEW_TYPES } from '@candor/domain';
import { InterviewCommonFieldsDto } from '../../shared/interviews/interview-common-fields.dto';
import { OptionalStringList } from '../../shared/string-list.decorator';

export const S3_DIFFICULTIES = ['auto', 'easy', 'medium', 'hard'] as const;

/**
 * S3 `POST /api/interviews/`. `job` and `candidate` are the ids of the caller's S3 job and candidate
 * (required); the optional fields (title, candidate name/email, position, job description, technologies)
 * override what the job and candidate say, and a user with `candidate_email` may see the interview.
 */
export class CreateS3InterviewDto extends InterviewCommonFieldsDto {
  @ApiProperty({ example: 'job_uuid', description: "One of the caller's S3 jobs (400 if missing or unknown)" })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  job!: string;

  @ApiProperty({ example: 'candidate_uuid', description: "One of the caller's S3 candidates (400 if missing or unknown)" })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  candidate!: string;

  @ApiPropertyOptional({ enum: INTERVIEW_TYPES, example: 'video', description: '`video` or `chat` (also `technical`, `behavioral`)' })
  @IsOptional()
  @IsIn(INTERVIEW_TYPES)
  interview_type?: (typeof INTERVIEW_TYPES)[number];

  @ApiPropertyOptional({ enum: S3_DIFFICULTIES, default: 'auto' })
  @IsOptional()
  @IsIn(S3_DIFFICULTIES)
  difficulty?: (typeof S3_DIFFICULTIES)[number];

  @ApiPropertyOptional({ example: 'Senior Java Developer interview', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  title?: string;

  @OptionalStringList({ maxItems: 50, maxLength: 500, example: ['Java', 'Spring', 'SQL'] })
  technologies?: string[];
}
