import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { EXPERIENCE_LEVELS, ExperienceLevel, JOB_DIFFICULTIES, JOB_TYPES, JobDifficulty, JobType } from '@candor/domain';

/** The job fields every write accepts (create, PUT, PATCH); each is optional here. */
export class JobFieldsDto {
  @ApiPropertyOptional({ type: String, example: 'Tech Corp', maxLength: 200, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  company?: string | null;

  @ApiPropertyOptional({ example: 'We are looking for...', maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @ApiPropertyOptional({ type: String, example: 'Remote', maxLength: 200, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  location?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['Design and develop Java applications', 'Lead technical discussions'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(1000, { each: true })
  responsibilities?: string[];

  @ApiPropertyOptional({ type: [String], example: ['5+ years Java experience', 'Strong knowledge of Spring Framework'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(1000, { each: true })
  requirements?: string[];

  @ApiPropertyOptional({ type: [String], example: ['Java', 'Spring', 'SQL', 'REST API'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  required_skills?: string[];

  @ApiPropertyOptional({ enum: EXPERIENCE_LEVELS, example: 'senior', nullable: true })
  @IsOptional()
  @IsIn(EXPERIENCE_LEVELS)
  experience_level?: ExperienceLevel | null;

  @ApiPropertyOptional({ enum: JOB_TYPES, example: 'full_time', nullable: true })
  @IsOptional()
  @IsIn(JOB_TYPES)
  job_type?: JobType | null;

  @ApiPropertyOptional({ enum: JOB_DIFFICULTIES, default: 'auto' })
  @IsOptional()
  @IsIn(JOB_DIFFICULTIES)
  default_difficulty?: JobDifficulty;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  enable_video_analysis?: boolean;
}
