import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { S4PageQueryDto } from './s4-page.query.dto';

/** S4's common list filters (seed 004, "Common Query Parameters"), beside `page`/`size`. */
export class S4FilterQueryDto extends S4PageQueryDto {
  @ApiPropertyOptional({ description: 'Case-insensitive text search', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @ApiPropertyOptional({ description: 'Filter by status' })
  @IsOptional()
  @IsString()
  status?: string;

  @ApiPropertyOptional({ description: 'Created at or after (ISO 8601)', example: '2025-01-01' })
  @IsOptional()
  @IsISO8601()
  date_from?: string;

  @ApiPropertyOptional({ description: 'Created at or before (ISO 8601)', example: '2025-12-31' })
  @IsOptional()
  @IsISO8601()
  date_to?: string;

  @ApiPropertyOptional({ default: 'created_at' })
  @IsOptional()
  @IsString()
  sort_by: string = 'created_at';

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'desc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  sort_order: 'asc' | 'desc' = 'desc';
}

/** A date-only `date_to` covers its whole day. */
export function endOfDay(dateTo: string | undefined): string | undefined {
  return dateTo && /^\d{4}-\d{2}-\d{2}$/.test(dateTo) ? `${dateTo}T23:59:59.999Z` : dateTo;
}
