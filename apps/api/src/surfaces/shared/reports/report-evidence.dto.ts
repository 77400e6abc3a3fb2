import { ApiProperty } from '@nestjs/swagger';

/** One recorded fact a score rests on: a candidate message (quoted) or a code run (its tests), with its time. */
export class ReportEvidenceItemDto {
  @ApiProperty({ enum: ['message', 'code_run'] }) kind!: string;
  @ApiProperty({ description: 'The message id (as in the transcript) or the execution/submission id' }) id!: string;
  @ApiProperty({ description: 'When it was said or run (ISO 8601)' }) at!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Seconds since the interview started' }) offset_seconds!: number | null;
  @ApiProperty({
    description: 'A message: its text (cut at 240 characters). A code run: what it proved, e.g. "python submission: 7 of 8 tests passed in 212 ms"',
  })
  quote!: string;
  @ApiProperty({ nullable: true, type: String, enum: ['candidate', 'ai', 'interviewer'], description: 'A message: who said it' }) speaker!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'A code run: its language' }) language!: string | null;
  @ApiProperty({ nullable: true, type: Boolean, description: 'A code run: a final submission (true) or a run' }) submitted!: boolean | null;
  @ApiProperty({ nullable: true, type: Number }) tests_passed!: number | null;
  @ApiProperty({ nullable: true, type: Number }) tests_total!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'A code run: its wall time' }) duration_ms!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'A code run: its recorded static analysis score, 0..10 (null: none recorded)' })
  analysis_score!: number | null;
}

export class ReportDimensionEvidenceDto {
  @ApiProperty({ enum: ['technical', 'problem_solving', 'communication', 'code_quality', 'behavioral'] }) dimension!: string;
  @ApiProperty({ example: 'Problem solving' }) label!: string;
  @ApiProperty({ example: 7.5 }) score!: number;
  @ApiProperty({ example: 10 }) max_score!: number;
  @ApiProperty() reasoning!: string;
  @ApiProperty({ type: [ReportEvidenceItemDto] }) evidence!: ReportEvidenceItemDto[];
}

export class ReportQuestionEvidenceDto {
  @ApiProperty() question_id!: string;
  @ApiProperty() question!: string;
  @ApiProperty({ description: 'Interview phase: intro, technical, coding, behavioral, wrap_up' }) phase!: string;
  @ApiProperty({ example: 8.5 }) score!: number;
  @ApiProperty({ example: 10 }) max_score!: number;
  @ApiProperty({ type: [ReportEvidenceItemDto], description: 'The answers (and, for the coding question, the code runs) it was scored on' }) evidence!: ReportEvidenceItemDto[];
}

export class ReportFindingEvidenceDto {
  @ApiProperty({ description: 'The strength or weakness, as listed in `strengths`/`weaknesses`' }) text!: string;
  @ApiProperty({ type: [ReportEvidenceItemDto] }) evidence!: ReportEvidenceItemDto[];
}

export class ReportTestResultDto {
  @ApiProperty({ example: 'large input' }) name!: string;
  @ApiProperty({ description: 'A hidden case: its input and expected output are never shown' }) hidden!: boolean;
  @ApiProperty() passed!: boolean;
  @ApiProperty({ nullable: true, type: Number }) time_ms!: number | null;
  @ApiProperty({ nullable: true, type: Number }) memory_kb!: number | null;
}

export class ReportCodeRunDto {
  @ApiProperty() id!: string;
  @ApiProperty() language!: string;
  @ApiProperty({ description: 'A final submission (true) or a run' }) submitted!: boolean;
  @ApiProperty() at!: string;
  @ApiProperty({ nullable: true, type: Number }) offset_seconds!: number | null;
  @ApiProperty() tests_passed!: number;
  @ApiProperty() tests_total!: number;
  @ApiProperty() duration_ms!: number;
  @ApiProperty({ nullable: true, type: Number }) memory_kb!: number | null;
  @ApiProperty({ type: [ReportTestResultDto] }) tests!: ReportTestResultDto[];
}

/** The evidence of every number of the report, resolved from the event ids the score cites (nothing re-computed). */
export class ReportEvidenceDto {
  @ApiProperty({ type: [ReportDimensionEvidenceDto] }) dimensions!: ReportDimensionEvidenceDto[];
  @ApiProperty({ type: [ReportQuestionEvidenceDto] }) questions!: ReportQuestionEvidenceDto[];
  @ApiProperty({ type: [ReportFindingEvidenceDto] }) strengths!: ReportFindingEvidenceDto[];
  @ApiProperty({ type: [ReportFindingEvidenceDto] }) weaknesses!: ReportFindingEvidenceDto[];
  @ApiProperty({ type: [ReportCodeRunDto], description: "Each code submission's per-test results (without a submission, the last graded run)" })
  code_runs!: ReportCodeRunDto[];
  @ApiProperty({ type: [String], description: 'Cited ids no longer found (e.g. erased): listed rather than dropped' }) unresolved_ids!: string[];
}
