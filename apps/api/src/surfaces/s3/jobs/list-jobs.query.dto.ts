import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { EXPERIENCE_LEVELS, JOB_TYPES } from '@candor/domain';
import { S3PageQueryDto } from '../shared/s3-page';

/** `true`/`false` (also `1`/`0`) in a query string; anything else stays as given and fails @IsBoolean. */
export const queryBoolean = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

/** S3 `GET /api/jobs/` filters, with `page`/`page_size`. */
export class ListJobsQueryDto extends S3PageQueryDto {
  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  is_active?: boolean;

  @ApiPropertyOptional({ enum: EXPERIENCE_LEVELS })
  @IsOptional()
  @IsIn(EXPERIENCE_LEVELS)
  experience_level?: string;

  @ApiPropertyOptional({ enum: JOB_TYPES })
  @IsOptional()
  @IsIn(JOB_TYPES)
  job_type?: string;

  @ApiPropertyOptional({ description: 'A required skill (case-insensitive), e.g. `Java`' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  skill?: string;

  @ApiPropertyOptional({ description: 'Text in the title or company (case-insensitive)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}
