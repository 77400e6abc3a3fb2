import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class StartInterviewResponseDto {
  @ApiProperty({ format: 'uuid' }) interview_id!: string;
  @ApiProperty({ example: 'interview-abcdef123456' }) room_name!: string;
  @ApiProperty({ description: "LiveKit access token for the caller (host for the owner, guest for the candidate)" }) token!: string;
  @ApiProperty({ example: 'wss://livekit.example.com' }) url!: string;
  @ApiProperty({ example: 'in_progress' }) status!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) started_at!: string | null;
}

export class ConversationTurnDto {
  @ApiProperty({ enum: ['candidate', 'ai', 'interviewer'] }) speaker!: string;
  @ApiProperty({ enum: ['user', 'assistant', 'interviewer'], description: 'The speaker in chat-model terms' }) role!: string;
  @ApiProperty() content!: string;
  @ApiProperty({ format: 'date-time' }) timestamp!: string;
}

export class AskedQuestionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() question!: string;
  @ApiProperty({ nullable: true, type: String }) category!: string | null;
  @ApiProperty({ nullable: true, type: String }) difficulty!: string | null;
  @ApiProperty({ format: 'date-time' }) asked_at!: string;
}

export class ExecutionResultDto {
  @ApiProperty() stdout!: string;
  @ApiProperty() stderr!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'null when the run was stopped (time or memory limit)' }) exit_code!: number | null;
  @ApiProperty({ description: 'ok, error, timeout, memory_limit, ...' }) status!: string;
  @ApiProperty() execution_time_ms!: number;
  @ApiProperty({ nullable: true, type: Number }) memory_kb!: number | null;
  @ApiProperty({ type: [String], example: [], description: 'Limits the run reached, e.g. ["time"]' }) limits_hit!: string[];
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true } }) test_results!: Record<string, unknown>[];
}

export class CodeSubmissionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() language!: string;
  @ApiProperty({ type: ExecutionResultDto }) execution_result!: ExecutionResultDto;
  @ApiProperty({ format: 'date-time' }) submitted_at!: string;
}

export class InterviewStateResponseDto {
  @ApiProperty({ format: 'uuid' }) interview_id!: string;
  @ApiProperty({ example: 'in_progress' }) status!: string;
  @ApiProperty({ description: 'Every utterance (candidate, AI or interviewer) is one turn' }) turn_count!: number;
  @ApiProperty({
    example: 'technical',
    description: 'not_started, introduction, the latest question category (default technical), coding, completed, cancelled',
  })
  phase!: string;
  @ApiProperty({ type: [ConversationTurnDto] }) conversation_history!: ConversationTurnDto[];
  @ApiProperty({ type: [AskedQuestionDto] }) questions_asked!: AskedQuestionDto[];
  @ApiProperty({ type: [CodeSubmissionDto] }) code_submissions!: CodeSubmissionDto[];
}

export class QuestionEvidenceDto {
  @ApiProperty({ type: [String], description: 'The transcript messages the score rests on' }) message_ids!: string[];
  @ApiProperty({ type: [String], description: 'The code executions the score rests on' }) execution_ids!: string[];
}

export class QuestionScoreDto {
  @ApiProperty() question_id!: string;
  @ApiProperty({ description: 'The question as it was asked' }) question!: string;
  @ApiProperty({ description: 'Interview phase: intro, technical, coding, behavioral, wrap_up' }) phase!: string;
  @ApiProperty({ type: String, nullable: true }) skill!: string | null;
  @ApiProperty({ example: 8.5 }) score!: number;
  @ApiProperty({ example: 10 }) max_score!: number;
  @ApiProperty() feedback!: string;
  @ApiProperty({ type: [String], description: 'Ids of the expected answer points the answer covered' }) covered_points!: string[];
  @ApiProperty({ type: [String] }) missing_points!: string[];
  @ApiProperty({ type: QuestionEvidenceDto }) evidence!: QuestionEvidenceDto;
}

export class FeedbackDto {
  @ApiProperty({ minimum: 0, maximum: 1 }) overall_score!: number;
  @ApiProperty({ minimum: 0, maximum: 1 }) communication_score!: number;
  @ApiProperty({ minimum: 0, maximum: 1 }) technical_score!: number;
  @ApiProperty({ minimum: 0, maximum: 1 }) problem_solving_score!: number;
  @ApiProperty({ minimum: 0, maximum: 1 }) code_quality_score!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Per language, and communication, on 0..1' })
  skill_breakdown!: Record<string, number>;
  @ApiProperty({ description: 'How the scores were obtained' }) summary!: string;
  @ApiProperty({ enum: ['automatic', 'ai'], description: 'automatic: computed from the recorded facts' }) source!: string;
  @ApiPropertyOptional({ enum: ['strong_hire', 'hire', 'maybe', 'no_hire'] }) recommendation?: string;
  @ApiPropertyOptional() recommendation_reasoning?: string;
  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 0, maximum: 1 }) behavioral_score?: number | null;
  @ApiPropertyOptional({ type: [String] }) strengths?: string[];
  @ApiPropertyOptional({ type: [String] }) weaknesses?: string[];
  @ApiPropertyOptional({ type: [QuestionScoreDto], description: 'Per question: score (0..10), feedback, covered/missing points, evidence' })
  question_scores?: QuestionScoreDto[];
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Rubric, model, prompt and question-bank versions the score was computed with' })
  versions?: Record<string, unknown>;
  @ApiPropertyOptional({ description: 'True when the AI score was not ready in time: provisional fact-based scores' }) pending?: boolean;
}

export class CompleteInterviewResponseDto {
  @ApiProperty({ format: 'uuid' }) interview_id!: string;
  @ApiProperty({ example: 'completed' }) status!: string;
  @ApiProperty({ type: FeedbackDto }) feedback!: FeedbackDto;
}
