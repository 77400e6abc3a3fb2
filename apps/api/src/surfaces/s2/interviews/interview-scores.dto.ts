import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Min } from 'class-validator';

export class RescoreQueryDto {
  @ApiPropertyOptional({ default: false, description: 'Compute and return the new version without recording it (the only re-score an auditor may ask for)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' || value === '1' || value === true ? true : value === 'false' || value === '0' || value === false ? false : value))
  @IsBoolean()
  dry_run: boolean = false;
}

export class ScoreVersionsQueryDto {
  @ApiPropertyOptional({ minimum: 1, description: 'Diff from this version (default: the one before the last)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  from?: number;

  @ApiPropertyOptional({ minimum: 1, description: 'Diff to this version (default: the last)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  to?: number;
}

export class VersionsUsedDto {
  @ApiProperty({ example: 'rubric-2026.3' }) rubric!: string;
  @ApiProperty({ example: 'builtin', description: 'The model as the server named it in its answers' }) model!: string;
  @ApiProperty() prompt!: string;
  @ApiProperty({ example: 'bank-2026.1' }) bank!: string;
  @ApiProperty({ type: [String], nullable: true }) analyzer!: string[] | null;
}

export class ScoreVersionDto {
  @ApiProperty({ example: 2 }) version!: number;
  @ApiProperty({ format: 'uuid' }) score_id!: string;
  @ApiProperty({ enum: ['automatic', 'rescore'] }) trigger!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) requested_by!: string | null;
  @ApiProperty({ format: 'date-time' }) recorded_at!: string;
  @ApiProperty({ description: 'How many events of the interview the score was computed from' }) basis_version!: number;
  @ApiProperty({ example: 0.72 }) overall_score!: number;
  @ApiProperty({ enum: ['strong_hire', 'hire', 'maybe', 'no_hire'] }) recommendation!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number', nullable: true }, description: 'technical, problem_solving, code_quality, communication, behavioral (0..1)' })
  dimension_scores!: Record<string, number | null>;
  @ApiProperty({ type: VersionsUsedDto }) versions_used!: VersionsUsedDto;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The whole score card, with the evidence of every number' }) card!: Record<string, unknown>;
}

export class ScoringFailureDto {
  @ApiProperty() reason!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) failed_at!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) retry_at!: string | null;
}

export class ScoreDiffDto {
  @ApiProperty() from!: number;
  @ApiProperty() to!: number;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'overall (from, to, delta), recommendation, changed dimensions, questions and versions' })
  changes!: Record<string, unknown>;
}

export class ScoreVersionsResponseDto {
  @ApiProperty({ format: 'uuid' }) interview_id!: string;
  @ApiProperty({ enum: ['pending', 'scored', 'scoring_failed'] }) status!: string;
  @ApiProperty({ type: ScoringFailureDto, nullable: true }) failure!: ScoringFailureDto | null;
  @ApiProperty({ type: [ScoreVersionDto] }) versions!: ScoreVersionDto[];
  @ApiProperty({ type: ScoreDiffDto, nullable: true }) diff!: ScoreDiffDto | null;
}

export class RescoreResponseDto {
  @ApiProperty({ format: 'uuid' }) interview_id!: string;
  @ApiProperty() dry_run!: boolean;
  @ApiProperty({ type: ScoreVersionDto }) score!: ScoreVersionDto;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: 'Changes against the latest version before it' }) diff!: Record<string, unknown> | null;
}
