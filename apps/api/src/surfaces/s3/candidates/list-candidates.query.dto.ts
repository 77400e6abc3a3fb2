import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { S3PageQueryDto } from '../shared/s3-page';

const PARSING_STATUSES = ['completed', 'failed'] as const;

/** S3 `GET /api/candidates/` filters, with `page`/`page_size`. */
export class ListCandidatesQueryDto extends S3PageQueryDto {
  @ApiPropertyOptional({ enum: PARSING_STATUSES })
  @IsOptional()
  @IsIn(PARSING_STATUSES)
  parsing_status?: (typeof PARSING_STATUSES)[number];

  @ApiPropertyOptional({ description: 'A technical skill (case-insensitive), e.g. `Python`' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  skill?: string;

  @ApiPropertyOptional({ description: 'Text in the name or email (case-insensitive)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}
