import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export const S0_STATUSES = ['pending', 'scheduled', 'active', 'completed', 'cancelled'] as const;
export type S0Status = (typeof S0_STATUSES)[number];

/** S0 pagination: `limit` (default 20), `offset` (default 0). */
export class ListSessionsQueryDto {
  @ApiPropertyOptional({ enum: S0_STATUSES, description: '`active` is an interview in progress' })
  @IsOptional()
  @IsIn(S0_STATUSES)
  status?: S0Status;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 20;

  @ApiPropertyOptional({ default: 0, minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset: number = 0;
}
