import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString } from 'class-validator';
import { InterviewResponseDto } from '../../shared/interviews/interview.response.dto';
import { ReportEvidenceDto } from '../../shared/reports/report-evidence.dto';

export class AnalyticsRangeQueryDto {
  @ApiPropertyOptional({ description: 'Interviews created at or after (ISO 8601)' }) @IsOptional() @IsISO8601() date_from?: string;
  @ApiPropertyOptional({ description: 'Interviews created at or before (ISO 8601)' }) @IsOptional() @IsISO8601() date_to?: string;
}

export class TrendsQueryDto extends AnalyticsRangeQueryDto {
  @ApiPropertyOptional({ enum: ['day', 'week', 'month'], default: 'day', description: 'Bucket size; weeks start on Monday (UTC)' })
  @IsOptional()
  @IsIn(['day', 'week', 'month'])
  interval: 'day' | 'week' | 'month' = 'day';
}

/** `ExportRequest`: which interviews go into the export, and as CSV or JSON. */
export class ExportRequestDto extends AnalyticsRangeQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'json'], default: 'csv', description: 'csv: a header line and one line per interview; json: an array of the same rows as objects' })
  @IsOptional()
  @IsIn(['csv', 'json'])
  format: 'csv' | 'json' = 'csv';

  @ApiPropertyOptional({ description: 'Only interviews with this status' }) @IsOptional() @IsString() status?: string;
}

export class StatusCountsDto {
  @ApiProperty() total!: number;
  @ApiProperty() pending!: number;
  @ApiProperty() scheduled!: number;
  @ApiProperty() in_progress!: number;
  @ApiProperty() completed!: number;
  @ApiProperty() cancelled!: number;
}

export class DashboardDataDto {
  @ApiProperty({ type: StatusCountsDto }) interviews!: StatusCountsDto;
  @ApiProperty({ description: 'completed / (completed + cancelled), 0..1' }) completion_rate!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Mean of ended_at - started_at over completed interviews' }) average_duration_minutes!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: "Mean of reviewers' technical_score" }) average_technical_score!: number | null;
  @ApiProperty({ nullable: true, type: Number }) average_behavioral_score!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: "Scoring engine's overall score, 0..100, over scored interviews" }) average_overall_score!: number | null;
  @ApiProperty({ description: 'Distinct candidate emails' }) unique_candidates!: number;
  @ApiProperty({ description: 'Scheduled, not yet started' }) upcoming_interviews!: number;
  @ApiProperty({ type: [InterviewResponseDto], description: 'The five newest' }) recent_interviews!: InterviewResponseDto[];
}

export class EvaluationSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty() source!: string;
  @ApiProperty({ nullable: true, type: String }) evaluator_id!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) scores!: Record<string, unknown>;
  @ApiProperty({ nullable: true, type: String }) summary!: string | null;
  @ApiProperty({ type: [String] }) recommendations!: string[];
  @ApiProperty() created_at!: string;
}

export class InterviewReportDto {
  @ApiProperty({ type: InterviewResponseDto }) interview!: InterviewResponseDto;
  @ApiProperty({ nullable: true, type: Number }) duration_minutes!: number | null;
  @ApiProperty() message_count!: number;
  @ApiProperty() question_count!: number;
  @ApiProperty() code_submission_count!: number;
  @ApiProperty({ type: [EvaluationSummaryDto] }) evaluations!: EvaluationSummaryDto[];
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true, description: "The scoring engine's card (dimension scores 0..1)" })
  score_card!: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Scoring engine overall, 0..100' }) overall_score!: number | null;
  @ApiProperty({
    nullable: true,
    type: ReportEvidenceDto,
    description: 'Each dimension, question, strength and weakness with the quotes and code runs (with their tests) it rests on; null until scored (scores here on 0..10)',
  })
  evidence!: ReportEvidenceDto | null;
}

export class CandidateAnalyticsDto {
  @ApiProperty() candidate_id!: string;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ nullable: true, type: String }) name!: string | null;
  @ApiProperty({ type: StatusCountsDto }) interviews!: StatusCountsDto;
  @ApiProperty({ nullable: true, type: Number }) average_technical_score!: number | null;
  @ApiProperty({ nullable: true, type: Number }) average_behavioral_score!: number | null;
  @ApiProperty({ nullable: true, type: Number }) average_overall_score!: number | null;
  @ApiProperty({ type: [InterviewResponseDto] }) history!: InterviewResponseDto[];
}

export class TrendPointDto {
  @ApiProperty({ example: '2025-05-27', description: 'Bucket of the creation date: YYYY-MM-DD (day; the Monday for a week) or YYYY-MM (month)' }) period!: string;
  @ApiProperty() created!: number;
  @ApiProperty({ description: 'Of the interviews created in the bucket, how many are completed' }) completed!: number;
  @ApiProperty() cancelled!: number;
  @ApiProperty({ nullable: true, type: Number, description: "Mean of reviewers' technical_score over the bucket's interviews that have one" }) average_technical_score!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: "Mean of the scoring engine's overall score (0..100) over the bucket's scored interviews" }) average_overall_score!: number | null;
}

export class TrendsDataDto {
  @ApiProperty({ enum: ['day', 'week', 'month'] }) interval!: string;
  @ApiProperty({ type: [TrendPointDto] }) points!: TrendPointDto[];
  @ApiProperty({ description: 'Interviews created in the range' }) total_created!: number;
  @ApiProperty({ description: 'Interviews completed among them' }) total_completed!: number;
}
