import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { DurationMinutes } from './duration-minutes.decorator';

/**
 * The optional interview fields every surface's create body spells and checks the same way (S1/S2 and S3
 * extend this; each adds the fields where the seeds differ: title, type, difficulty, technologies, ids).
 */
export class InterviewCommonFieldsDto {
  @ApiPropertyOptional({ example: 'Jane Doe', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  candidate_name?: string;

  @ApiPropertyOptional({ example: 'jane.doe@example.com', description: 'A user with this email may see and join the interview' })
  @IsOptional()
  @IsEmail()
  candidate_email?: string;

  @ApiPropertyOptional({ example: 'Software Engineer', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  position?: string;

  @ApiPropertyOptional({ example: 'Looking for senior Python engineer...', maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  job_description?: string;

  @ApiPropertyOptional({ example: '2023-08-15T10:00:00Z', description: 'With a schedule a new interview is `scheduled`, else `pending`' })
  @IsOptional()
  @IsISO8601()
  scheduled_at?: string;

  @DurationMinutes()
  duration_minutes?: number;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  enable_video_analysis?: boolean;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  enable_recording?: boolean;
}
