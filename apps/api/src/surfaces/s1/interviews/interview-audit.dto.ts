import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { LimitParam } from '../../shared/skip-limit-param.decorator';

export class InterviewEventsQueryDto {
  @ApiPropertyOptional({ default: 1, minimum: 1, description: 'First stream revision to return (1 = the first event)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  from_revision: number = 1;

  @LimitParam({ default: 100, min: 1 })
  limit: number = 100;

  @ApiPropertyOptional({ description: 'Why this read is needed: required of auditors, recorded on `audit-access`', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class InterviewReplayQueryDto {
  @ApiPropertyOptional({ minimum: 0, description: 'Fold the stream up to this revision (default: the whole stream)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  to_revision?: number;

  @ApiPropertyOptional({ description: 'Why this read is needed: required of auditors, recorded on `audit-access`', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class EventMetadataDto {
  @ApiProperty() correlation_id!: string;
  @ApiProperty({ type: String, nullable: true }) causation_id!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The acting user (null: the server itself)' }) user_id!: string | null;
  @ApiProperty({ format: 'date-time' }) timestamp!: string;
  @ApiProperty() schema_version!: number;
}

export class AuditedEventDto {
  @ApiProperty({ description: 'The event id (appends are idempotent on it)' }) id!: string;
  @ApiProperty({ example: 'InterviewStarted' }) type!: string;
  @ApiProperty({ description: "1-based position in the interview's stream" }) revision!: number;
  @ApiProperty({ description: 'Position in the global log' }) position!: string;
  @ApiProperty({ format: 'date-time' }) recorded_at!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event data, upcast to the current schema' })
  data!: Record<string, unknown>;
  @ApiProperty({ type: EventMetadataDto }) metadata!: EventMetadataDto;
}

export class InterviewEventsResponseDto {
  @ApiProperty() interview_id!: string;
  @ApiProperty({ type: [AuditedEventDto] }) events!: AuditedEventDto[];
  @ApiProperty({ description: "The stream's last revision" }) head_revision!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'from_revision of the next page; null at the head' }) next_revision!: number | null;
}

export class InterviewReplayResponseDto {
  @ApiProperty() interview_id!: string;
  @ApiProperty() revision!: number;
  @ApiProperty() head_revision!: number;
  @ApiProperty({ type: 'object', additionalProperties: true, description: "The aggregate's state folded from the first `revision` events" })
  state!: Record<string, unknown>;
}
