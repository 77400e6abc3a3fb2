import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { EXPERIENCE_LEVELS, ExperienceLevel, JOB_DIFFICULTIES, JOB_TYPES, JobDifficulty, JobType } from '@candor/domain';
import { OptionalStringList } from '../../shared/string-list.decorator';

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

  @OptionalStringList({ maxItems: 50, maxLength: 1000, minLength: 1, example: ['Design and develop Java applications', 'Lead technical discussions'] })
  responsibilities?: string[];

  @OptionalStringList({ maxItems: 50, maxLength: 1000, minLength: 1, example: ['5+ years Java experience', 'Strong knowledge of Spring Framework'] })
  requirements?: string[];

  @OptionalStringList({ maxItems: 50, maxLength: 200, minLength: 1, example: ['Java', 'Spring', 'SQL', 'REST API'] })
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
