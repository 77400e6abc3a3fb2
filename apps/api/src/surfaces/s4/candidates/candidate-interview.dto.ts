import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { INTERVIEW_STATUSES, InterviewStatus } from '@candor/domain';
import { S4FilterQueryDto } from '../s4-filter.query.dto';
import { S4SortBy } from '../s4-sort-by.decorator';

/** The interview list's `sort_by` values and the read-model field each sorts on. */
export const INTERVIEW_SORT: Readonly<Record<string, 'createdAt' | 'updatedAt' | 'scheduledAt' | 'title' | 'status'>> = {
  created_at: 'createdAt',
  updated_at: 'updatedAt',
  scheduled_at: 'scheduledAt',
  title: 'title',
  status: 'status',
};

export class ListCandidateInterviewsQueryDto extends S4FilterQueryDto {
  @ApiPropertyOptional({ enum: [...INTERVIEW_STATUSES, 'active'], description: '`active` is the same as `in_progress`' })
  @IsOptional()
  @IsIn([...INTERVIEW_STATUSES, 'active'])
  declare status?: InterviewStatus | 'active';

  @S4SortBy(Object.keys(INTERVIEW_SORT), 'created_at')
  declare sort_by: string;
}

export class SessionStartResponseDto {
  @ApiProperty({ format: 'uuid' }) interview_id!: string;
  @ApiProperty({ example: 'in_progress' }) status!: string;
  @ApiProperty({ nullable: true, type: String }) started_at!: string | null;
  @ApiProperty({ example: 'ABC123' }) session_code!: string;
  @ApiProperty({ example: 'interview-abcdef123456' }) room_name!: string;
  @ApiProperty({ nullable: true, type: Number }) duration_minutes!: number | null;
  @ApiProperty({ description: "LiveKit access token for the interview's room (host for the owner, guest for the candidate)" }) livekit_token!: string;
  @ApiProperty({ example: 'ws://localhost:7880', description: 'LiveKit server URL to connect to with the token' }) livekit_url!: string;
  @ApiProperty({ format: 'date-time', description: 'When the token expires' }) token_expires_at!: string;
  @ApiProperty({ example: 'guest', enum: ['host', 'guest'] }) participant_role!: string;
}

export class SessionEndResponseDto {
  @ApiProperty({ format: 'uuid' }) interview_id!: string;
  @ApiProperty({ example: 'completed' }) status!: string;
  @ApiProperty({ nullable: true, type: String }) started_at!: string | null;
  @ApiProperty({ nullable: true, type: String }) ended_at!: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'From started_at to ended_at' }) duration_minutes!: number | null;
  @ApiProperty() message_count!: number;
  @ApiProperty() question_count!: number;
}

/** The candidate declines an interview that has not started; the reason is optional and shown to its owner. */
export class WithdrawFromInterviewDto {
  @ApiPropertyOptional({ example: 'I accepted another offer', maxLength: 1000, nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

export class WithdrawalResponseDto {
  @ApiProperty({ format: 'uuid' }) interview_id!: string;
  @ApiProperty({ example: 'cancelled', description: 'A withdrawn interview is cancelled' }) status!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When the candidate withdrew' }) withdrawn_at!: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The candidate's reason, as given (blank: null)" }) reason!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'The schedule it had' }) scheduled_at!: string | null;
}
