import { ApiProperty } from '@nestjs/swagger';
import { EXPERIENCE_LEVELS, JOB_DIFFICULTIES, JOB_TYPES } from '@candor/domain';

/** A job as S3 shows it (list items and detail alike). */
export class S3JobDto {
  @ApiProperty({ format: 'uuid' }) _id!: string;
  @ApiProperty({ example: 'Senior Java Developer' }) title!: string;
  @ApiProperty({ nullable: true, type: String, example: 'Tech Corp' }) company!: string | null;
  @ApiProperty() description!: string;
  @ApiProperty({ nullable: true, type: String }) location!: string | null;
  @ApiProperty({ type: [String] }) responsibilities!: string[];
  @ApiProperty({ type: [String] }) requirements!: string[];
  @ApiProperty({ type: [String], example: ['Java', 'Spring', 'SQL'] }) required_skills!: string[];
  @ApiProperty({ enum: EXPERIENCE_LEVELS, nullable: true }) experience_level!: string | null;
  @ApiProperty({ enum: JOB_TYPES, nullable: true }) job_type!: string | null;
  @ApiProperty({ enum: JOB_DIFFICULTIES }) default_difficulty!: string;
  @ApiProperty() enable_video_analysis!: boolean;
  @ApiProperty() is_active!: boolean;
  @ApiProperty({ description: 'Written by the job-description generator' }) ai_generated!: boolean;
  @ApiProperty({ format: 'uuid', description: 'The recruiter who owns the job' }) created_by!: string;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class S3JobListDto {
  @ApiProperty({ example: 10 }) count!: number;
  @ApiProperty({ nullable: true, type: String }) next!: string | null;
  @ApiProperty({ nullable: true, type: String }) previous!: string | null;
  @ApiProperty({ type: [S3JobDto] }) results!: S3JobDto[];
}
