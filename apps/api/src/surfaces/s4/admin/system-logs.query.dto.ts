import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { S4PageQueryDto } from '../s4-page.query.dto';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/** S4's list parameters for the recent-log buffer. */
export class SystemLogsQueryDto extends S4PageQueryDto {
  @ApiPropertyOptional({ enum: LOG_LEVELS, description: 'Minimum level: `warn` returns warnings and errors' })
  @IsOptional()
  @IsIn(LOG_LEVELS)
  level?: (typeof LOG_LEVELS)[number];

  @ApiPropertyOptional({ description: 'Case-insensitive text in the message or any field (URL, request id, user id, error...)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @ApiPropertyOptional({ description: 'Entries at or after (ISO date-time)', example: '2025-05-27T10:00:00Z' })
  @IsOptional()
  @IsISO8601()
  date_from?: string;

  @ApiPropertyOptional({ description: 'Entries at or before (ISO date: the whole day; or date-time)' })
  @IsOptional()
  @IsISO8601()
  date_to?: string;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'desc', description: 'By time; newest first by default' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  sort_order: 'asc' | 'desc' = 'desc';
}
