import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageParam } from '../../../http/page-param.decorator';

export const S0_STATUSES = ['pending', 'scheduled', 'active', 'completed', 'cancelled'] as const;
export type S0Status = (typeof S0_STATUSES)[number];

/** S0 pagination: `limit` (default 20), `offset` (default 0). */
export class ListSessionsQueryDto {
  @ApiPropertyOptional({ enum: S0_STATUSES, description: '`active` is an interview in progress' })
  @IsOptional()
  @IsIn(S0_STATUSES)
  status?: S0Status;

  @PageParam({ default: 20, min: 1, max: 100 })
  limit: number = 20;

  @PageParam({ default: 0, min: 0 })
  offset: number = 0;
}
