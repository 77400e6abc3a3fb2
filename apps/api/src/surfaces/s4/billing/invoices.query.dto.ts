import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { S4PageQueryDto } from '../s4-page.query.dto';

export class InvoicesQueryDto extends S4PageQueryDto {
  @ApiPropertyOptional({ description: 'Issued on or after (ISO date or date-time)' })
  @IsOptional()
  @IsISO8601()
  date_from?: string;

  @ApiPropertyOptional({ description: 'Issued on or before (ISO date: the whole day; or date-time)' })
  @IsOptional()
  @IsISO8601()
  date_to?: string;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'desc', description: 'By issue time' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  sort_order: 'asc' | 'desc' = 'desc';
}
