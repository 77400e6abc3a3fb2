import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { S3CandidateSummaryDto } from '../candidates/candidate.response.dto';
import { S3JobDto } from '../jobs/job.response.dto';

export class S3JobRefDto {
  @ApiProperty({ example: 'job_uuid' }) _id!: string;
  @ApiProperty({ nullable: true, type: String, example: 'Senior Java Developer' }) title!: string | null;
}

export class S3CandidateRefDto {
  @ApiProperty({ example: 'candidate_uuid' }) _id!: string;
  @ApiProperty({ nullable: true, type: String, example: 'John Doe' }) full_name!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'john@example.com' }) email!: string | null;
}

/** One interview as S3 lists it (seed 003, "Interviews"); `_id` is the interview's UUID everywhere else. */
export class S3InterviewDto {
  @ApiProperty() _id!: string;
  @ApiProperty({
    nullable: true,
    anyOf: [{ $ref: getSchemaPath(S3JobDto) }, { $ref: getSchemaPath(S3JobRefDto) }],
    description: 'The job, embedded; only `_id` and `title` once the job is deleted',
  })
  job!: S3JobDto | S3JobRefDto | null;
  @ApiProperty({
    nullable: true,
    anyOf: [{ $ref: getSchemaPath(S3CandidateSummaryDto) }, { $ref: getSchemaPath(S3CandidateRefDto) }],
    description: 'The candidate, embedded; only `_id`, `full_name` and `email` once unavailable',
  })
  candidate!: S3CandidateSummaryDto | S3CandidateRefDto | null;
  @ApiProperty({ nullable: true, type: String, example: 'video' }) interview_type!: string | null;
  @ApiProperty({ enum: ['pending', 'scheduled', 'in_progress', 'completed', 'cancelled'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) scheduled_at!: string | null;
  @ApiProperty({ nullable: true, type: String }) started_at!: string | null;
  @ApiProperty({ nullable: true, type: String }) ended_at!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'auto' }) difficulty!: string | null;
  @ApiProperty({ nullable: true, type: Number }) duration_minutes!: number | null;
  @ApiProperty() enable_video_analysis!: boolean;
  @ApiProperty() enable_recording!: boolean;
  @ApiProperty({ nullable: true, type: String, example: 'https://yourdomain.com/interview/interview_uuid' }) interview_link!: string | null;
  @ApiProperty({ description: "Lets the candidate join /ws/interview/{id}/ without an account (`?token=<invite_token>`)" }) invite_token!: string;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty({ nullable: true, type: String }) position!: string | null;
  @ApiProperty({ type: [String] }) technologies!: string[];
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}

export class S3TranscriptEntryDto {
  @ApiProperty() timestamp!: string;
  @ApiProperty({ enum: ['ai', 'candidate', 'interviewer'] }) speaker!: string;
  @ApiProperty() text!: string;
  @ApiProperty() message_id!: string;
}

export class S3InterviewDetailDto extends S3InterviewDto {
  @ApiProperty({ type: [S3TranscriptEntryDto] }) full_transcript!: S3TranscriptEntryDto[];
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Null: recordings are not stored by this server yet' })
  video_recording_url!: string | null;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true, description: 'Null: no body-language analysis is recorded yet' })
  body_language_analysis!: Record<string, unknown> | null;
}

export class S3InterviewListDto {
  @ApiProperty({ example: 15 }) count!: number;
  @ApiProperty({ nullable: true, type: String }) next!: string | null;
  @ApiProperty({ nullable: true, type: String }) previous!: string | null;
  @ApiProperty({ type: [S3InterviewDto] }) results!: S3InterviewDto[];
}
