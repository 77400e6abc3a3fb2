import { ApiProperty } from '@nestjs/swagger';
import { INTERVIEW_STATUSES } from '@candor/domain';

export class InterviewConfigResponseDto {
  @ApiProperty({ nullable: true, type: Number }) duration!: number | null;
  @ApiProperty({ nullable: true, type: String }) difficulty!: string | null;
}

/** An interview on `/api/v1`: the union of S1's and S2's documented bodies. */
export class InterviewResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ nullable: true, type: String }) candidate_name!: string | null;
  @ApiProperty({ nullable: true, type: String }) candidate_email!: string | null;
  @ApiProperty({ nullable: true, type: String }) position!: string | null;
  @ApiProperty({ enum: INTERVIEW_STATUSES }) status!: string;
  @ApiProperty({ example: 'interview-abcdef123456' }) room_name!: string;
  @ApiProperty({ example: 'ABC123' }) session_code!: string;
  @ApiProperty({ description: '0 until a reviewer sets it' }) technical_score!: number;
  @ApiProperty({ description: '0 until a reviewer sets it' }) behavioral_score!: number;
  @ApiProperty({ nullable: true, type: String }) overall_feedback!: string | null;
  @ApiProperty({ format: 'uuid', description: 'The owner' }) creator_id!: string;
  @ApiProperty({ nullable: true, type: String }) resume_id!: string | null;
  @ApiProperty({ nullable: true, type: String }) job_description!: string | null;
  @ApiProperty({ nullable: true, type: String }) interview_type!: string | null;
  @ApiProperty({ nullable: true, type: String }) difficulty!: string | null;
  @ApiProperty({ type: [String] }) technologies!: string[];
  @ApiProperty({ nullable: true, type: Number }) duration_minutes!: number | null;
  @ApiProperty({ type: InterviewConfigResponseDto }) interview_config!: InterviewConfigResponseDto;
  @ApiProperty() enable_video_analysis!: boolean;
  @ApiProperty() enable_recording!: boolean;
  @ApiProperty({ type: 'object', additionalProperties: true }) metadata!: Record<string, unknown>;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) scheduled_at!: string | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) started_at!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) ended_at!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When it was cancelled (by its owner, or by the candidate withdrawing)' })
  cancelled_at!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why, when a reason was given' }) cancellation_reason!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Set when the candidate withdrew (then the cancellation is theirs)' })
  withdrawn_at!: string | null;
}

export class InterviewTokenResponseDto {
  @ApiProperty({ description: 'LiveKit access token (JWT)' }) token!: string;
  @ApiProperty({ example: 'interview-abcdef123456' }) room_name!: string;
  @ApiProperty({ example: 'Jane Doe' }) participant_name!: string;
  @ApiProperty({ example: 'wss://livekit.example.com' }) url!: string;
  @ApiProperty({ format: 'date-time' }) expires_at!: string;
}
