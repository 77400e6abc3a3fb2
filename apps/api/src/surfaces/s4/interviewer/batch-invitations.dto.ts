import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** JSON form of a batch invitation: the CSV as text (multipart: the CSV file in `file`). */
export class BatchInvitationsJsonDto {
  @ApiProperty({ example: 'email,name,scheduled_at,message\nada@example.com,Ada,2030-01-02T10:00:00Z,Welcome', description: 'Header `email` (or `candidate_email`), optional `name`, `scheduled_at`, `message`' })
  @IsString()
  @MinLength(1)
  @MaxLength(1_000_000)
  csv!: string;
}

export class BatchInvitationsFormDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'The CSV (same columns), at most 1 MB' }) file!: unknown;
}

export class BatchJobStartedDto {
  @ApiProperty({ format: 'uuid' }) job_id!: string;
  @ApiProperty({ example: 'invitations' }) kind!: string;
  @ApiProperty({ example: 50 }) total!: number;
  @ApiProperty({ example: 'running' }) status!: string;
  @ApiProperty({ example: '/ws/batch/0b6f…/progress', description: 'Progress socket: one `progress` message per item, then `completed`' }) progress_url!: string;
}

export class BatchItemDto {
  @ApiProperty() index!: number;
  @ApiProperty({ example: 'ada@example.com' }) label!: string;
  @ApiProperty({ enum: ['pending', 'succeeded', 'failed'] }) status!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The interview created for the invitation' }) result_id!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) error!: string | null;
}

export class BatchJobDto {
  @ApiProperty({ format: 'uuid' }) job_id!: string;
  @ApiProperty({ example: 'invitations' }) kind!: string;
  @ApiProperty({ enum: ['running', 'completed'] }) status!: string;
  @ApiProperty() total!: number;
  @ApiProperty() processed!: number;
  @ApiProperty() succeeded!: number;
  @ApiProperty() failed!: number;
  @ApiProperty({ type: [BatchItemDto] }) items!: BatchItemDto[];
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ nullable: true, type: String }) completed_at!: string | null;
}
