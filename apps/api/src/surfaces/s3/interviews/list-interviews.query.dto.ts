import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { INTERVIEW_STATUSES, InterviewStatus } from '@candor/domain';
import { S3PageQueryDto } from '../shared/s3-page';

/** S3 `GET /api/interviews/` filters, with `page`/`page_size`. */
export class ListS3InterviewsQueryDto extends S3PageQueryDto {
  @ApiPropertyOptional({ enum: INTERVIEW_STATUSES })
  @IsOptional()
  @IsIn(INTERVIEW_STATUSES)
  status?: InterviewStatus;

  @ApiPropertyOptional({ description: 'A job id' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  job?: string;

  @ApiPropertyOptional({ description: 'A candidate id' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  candidate?: string;
}
