import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsObject, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class GroupLabelsBodyDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { gender: 'female', age_band: '40+' },
    description: "The candidate's self-reported labels (at most 10; names in lower case; `{}` withdraws them)",
  })
  @IsObject()
  labels!: Record<string, unknown>;
}

export class GroupLabelsResponseDto {
  @ApiProperty() interview_id!: string;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: { type: 'string' } }) labels!: Record<string, string> | null;
}

export class AdverseImpactQueryDto {
  @ApiPropertyOptional({ description: 'Only interviews of this job (S3 job id)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  job?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Interviews created at or after' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Interviews created at or before (a date alone: to the end of that day)' })
  @IsOptional()
  @IsISO8601()
  to?: string;

  @ApiPropertyOptional({ description: 'One label dimension (default: every dimension the labels use)', example: 'gender' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  dimension?: string;

  @ApiPropertyOptional({ description: 'Suppress groups smaller than this (never below AUDIT_MIN_GROUP_COUNT, default 5)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  min_count?: number;

  @ApiPropertyOptional({ enum: ['json', 'csv'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';

  @ApiPropertyOptional({ description: 'Why this report is needed (recorded on `audit-access`)', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

interface ScoreSummaryDto {
  count: number;
  mean: number | null;
  /** Counts in [0,0.2), [0.2,0.4), [0.4,0.6), [0.6,0.8), [0.8,1]. */
  distribution: number[];
}

class GroupImpactDto {
  @ApiProperty() group!: string;
  @ApiProperty() count!: number;
  @ApiProperty({ description: 'Recommended hire or strong hire' }) selected!: number;
  @ApiProperty() selection_rate!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Selection rate over the highest group rate' }) impact_ratio!: number | null;
  @ApiProperty({ description: 'Impact ratio below 0.8 (the four-fifths rule)' }) four_fifths_flag!: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'Two-sided Fisher exact test, this group against the others' }) fisher_p_value!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: "Pearson's chi-square (1 df), when every expected count is at least 5" })
  chi_square_p_value!: number | null;
  @ApiProperty({
    type: 'object',
    description: 'Per score dimension (0..1): count, mean, distribution over five bins',
    additionalProperties: {
      type: 'object',
      properties: { count: { type: 'number' }, mean: { type: 'number', nullable: true }, distribution: { type: 'array', items: { type: 'number' } } },
    },
  })
  scores!: Record<string, ScoreSummaryDto>;
}

class DimensionReportDto {
  @ApiProperty({ example: 'gender' }) dimension!: string;
  @ApiProperty({ description: 'Candidates in the groups reported' }) total!: number;
  @ApiProperty({ type: String, nullable: true, description: 'The group with the highest selection rate' }) reference_group!: string | null;
  @ApiProperty({ type: [GroupImpactDto] }) groups!: GroupImpactDto[];
  @ApiProperty({ description: 'Groups left out for having fewer than min_count candidates' }) suppressed_groups!: number;
}

export class AdverseImpactResponseDto {
  @ApiProperty() min_count!: number;
  @ApiProperty({ type: [String] }) selected_when!: string[];
  @ApiProperty({ type: [String] }) score_dimensions!: string[];
  @ApiProperty({ description: 'Scored interviews in range' }) scored!: number;
  @ApiProperty({ description: 'Of which carry group labels' }) labelled!: number;
  @ApiProperty({ type: [DimensionReportDto] }) reports!: DimensionReportDto[];
}
