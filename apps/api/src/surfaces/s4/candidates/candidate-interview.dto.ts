import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { INTERVIEW_STATUSES, InterviewStatus } from '@candor/domain';
import { S4FilterQueryDto } from '../s4-filter.query.dto';

export class ListCandidateInterviewsQueryDto extends S4FilterQueryDto {
  @ApiPropertyOptional({ enum: [...INTERVIEW_STATUSES, 'active'], description: '`active` is the same as `in_progress`' })
  @IsOptional()
  @IsIn([...INTERVIEW_STATUSES, 'active'])
  declare status?: InterviewStatus | 'active';
}

export class SessionStartResponseDto {
  @ApiProperty({ format: 'uuid' }) interview_id!: string;
  @ApiProperty({ example: 'in_progress' }) status!: string;
  @ApiProperty({ nullable: true, type: String }) started_at!: string | null;
  @ApiProperty({ example: 'ABC123' }) session_code!: string;
  @ApiProperty({ example: 'interview-abcdef123456' }) room_name!: string;
  @ApiProperty({ nullable: true, type: Number }) duration_minutes!: number | null;
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
