import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { INTERVIEW_TYPES } from '@candor/domain';
import { InterviewConfigDto } from './interview-config.dto';
import { IsIdLike } from './is-id-like.validator';

/** The optional interview fields S1 and S2 share between create (POST) and update (PUT). */
export class InterviewFieldsDto {
  @ApiPropertyOptional({ example: 'Technical interview for a senior role', maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @ApiPropertyOptional({ example: 'Jane Doe' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  candidate_name?: string;

  @ApiPropertyOptional({ example: 'jane.doe@example.com', description: 'A user with this email may see and join the interview' })
  @IsOptional()
  @IsEmail()
  candidate_email?: string;

  @ApiPropertyOptional({ example: 'Software Engineer' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  position?: string;

  @ApiPropertyOptional({ type: InterviewConfigDto })
  @IsOptional()
  // ValidateNested alone lets an array through (it validates each element): the config must be one object.
  @IsObject()
  @ValidateNested()
  @Type(() => InterviewConfigDto)
  interview_config?: InterviewConfigDto;

  @ApiPropertyOptional({ example: '2023-08-15T10:00:00Z', description: 'With a schedule a new interview is `scheduled`, else `pending`' })
  @IsOptional()
  @IsISO8601()
  scheduled_at?: string;

  @ApiPropertyOptional({ oneOf: [{ type: 'string' }, { type: 'integer' }], example: '5b0c6f1e-…', description: 'S2: the resume the interview is about' })
  @IsOptional()
  @IsIdLike()
  resume_id?: string | number;

  @ApiPropertyOptional({ example: 'Looking for senior Python engineer...', maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  job_description?: string;

  @ApiPropertyOptional({ enum: INTERVIEW_TYPES })
  @IsOptional()
  @IsIn(INTERVIEW_TYPES)
  interview_type?: string;

  @ApiPropertyOptional({ example: 'medium', description: 'auto, easy, medium, hard or free text (wins over interview_config.difficulty)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  difficulty?: string;

  @ApiPropertyOptional({ type: [String], example: ['python', 'postgresql'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  technologies?: string[];

  @ApiPropertyOptional({ example: 60, minimum: 1, maximum: 1440, description: 'Wins over interview_config.duration' })
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

  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject()
  metadata?: Record<string, unknown>;
}
