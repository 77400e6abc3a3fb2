import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

export class UsageQueryDto {
  @ApiPropertyOptional({ description: 'Start of the window (ISO); default: the current billing period' })
  @IsOptional()
  @IsISO8601()
  date_from?: string;

  @ApiPropertyOptional({ description: 'End of the window (ISO, exclusive; a date-only value includes that day)' })
  @IsOptional()
  @IsISO8601()
  date_to?: string;
}

export class UsageMetricDto {
  @ApiProperty() used!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'null = unlimited' }) limit!: number | null;
  @ApiProperty({ type: Number, nullable: true }) remaining!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Share of the limit used, in percent' }) percent_used!: number | null;
  @ApiProperty() exceeded!: boolean;
}

/** UsageStats, computed from the event log's read models. */
export class UsageStatsDto {
  @ApiProperty() plan_id!: string;
  @ApiProperty({ enum: ['none', 'active', 'cancelled', 'expired'] }) subscription_status!: string;
  @ApiProperty() period_start!: string;
  @ApiProperty() period_end!: string;
  @ApiProperty({ type: UsageMetricDto, description: 'Interviews you created in the period' }) interviews_created!: UsageMetricDto;
  @ApiProperty({ type: UsageMetricDto, description: 'Code executions and submissions in your interviews' }) code_executions!: UsageMetricDto;
  @ApiProperty({ type: UsageMetricDto, description: 'Minutes your interviews spent in progress (started to ended), within the period' })
  ai_minutes!: UsageMetricDto;
}
