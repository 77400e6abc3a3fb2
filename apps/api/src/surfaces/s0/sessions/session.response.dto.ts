import { ApiProperty } from '@nestjs/swagger';
import { S0_STATUSES } from './list-sessions.query.dto';

/** An interview as S0 shows it: a session, `in_progress` shown as `active`, the room as `livekit_room`. */
export class SessionResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ enum: S0_STATUSES }) status!: string;
  @ApiProperty({ example: 'ABC123', description: '6 upper-case letters or digits, unique' }) session_code!: string;
  @ApiProperty({ format: 'uuid' }) recruiter_id!: string;
  @ApiProperty({ nullable: true, type: String }) candidate_email!: string | null;
  @ApiProperty({ example: 'interview-0123456789ab' }) livekit_room!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) scheduled_at!: string | null;
  @ApiProperty({ nullable: true, type: Number }) duration_minutes!: number | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) metadata!: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) started_at!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) ended_at!: string | null;
}

export class SessionListResponseDto {
  @ApiProperty({ type: [SessionResponseDto] }) sessions!: SessionResponseDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}
