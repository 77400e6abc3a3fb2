import { ApiProperty } from '@nestjs/swagger';

export class S3QuestionScoreDto {
  @ApiProperty() question_id!: string;
  @ApiProperty({ example: 8.5 }) score!: number;
  @ApiProperty({ example: 10 }) max_score!: number;
  @ApiProperty({ example: 'Excellent answer with clear examples.' }) feedback!: string;
  @ApiProperty({ description: 'The question as it was asked' }) question!: string;
  @ApiProperty({ nullable: true, type: String }) skill!: string | null;
  @ApiProperty({ description: 'Interview phase: intro, technical, coding, behavioral, wrap_up' }) phase!: string;
  @ApiProperty({ type: [String], description: 'Ids of the expected answer points the answer covered' }) covered_points!: string[];
  @ApiProperty({ type: [String] }) missed_points!: string[];
  @ApiProperty({ type: [String], description: 'The transcript message ids the score rests on' }) evidence_message_ids!: string[];
}

/** S3 `GET /api/interviews/{id}/score/` (seed 003, "Scoring & Reports"): scores on 0..10. */
export class S3InterviewScoreDto {
  @ApiProperty({ description: 'The score id' }) _id!: string;
  @ApiProperty() interview!: string;
  @ApiProperty({ example: 8.2 }) overall_score!: number;
  @ApiProperty({ example: 8.5 }) technical_skills_score!: number;
  @ApiProperty({ example: 8.0 }) problem_solving_score!: number;
  @ApiProperty({ example: 8.5 }) communication_score!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'From the behavioural questions; null when none was asked' }) cultural_fit_score!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Mean of the per-skill scores; null when no skill was assessed' }) experience_relevance_score!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'From body language; null: no video analysis is recorded' }) confidence_score!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'From facial analysis; null: no video analysis is recorded' }) engagement_score!: number | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Why a score is null (cultural_fit_score, confidence_score, engagement_score): each null score says why here',
  })
  score_notes!: Record<string, string>;
  @ApiProperty({ example: 7.0, description: 'From the code the candidate ran and submitted' }) code_quality_score!: number;
  @ApiProperty({ type: [S3QuestionScoreDto] }) question_scores!: S3QuestionScoreDto[];
  @ApiProperty({ type: [String] }) strengths!: string[];
  @ApiProperty({ type: [String] }) weaknesses!: string[];
  @ApiProperty({ enum: ['strong_hire', 'hire', 'maybe', 'no_hire'] }) recommendation!: string;
  @ApiProperty() recommendation_reasoning!: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Per skill, 0..10' }) skill_breakdown!: Record<string, number>;
  @ApiProperty({ example: 'builtin' }) model_used!: string;
  @ApiProperty({ example: 'rubric-v1' }) rubric_version!: string;
  @ApiProperty() calculated_at!: string;
}
