import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { LimitParam, SkipParam } from '../../shared/skip-limit-param.decorator';

const REASON_DOC = 'Why this read is needed; recorded with the reader on the `audit-access` stream';

export class AuditReasonQueryDto {
  @ApiProperty({ description: `${REASON_DOC} (required)`, maxLength: 500, example: 'Candidate appeal #42' })
  @IsString()
  @MaxLength(500)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;
}

export class AuditStreamsQueryDto {
  @ApiPropertyOptional({ description: REASON_DOC, maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;

  @ApiPropertyOptional({ description: 'Only streams of this category (the name before the first dash: `interview`, `user`, `audit`…)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  category?: string;

  @SkipParam()
  skip: number = 0;

  @LimitParam({ default: 100, min: 1 })
  limit: number = 100;
}

export class AuditLogExportQueryDto extends AuditReasonQueryDto {
  @ApiPropertyOptional({ description: 'First log position to export (inclusive; a plain number is padded); default: the start of the log' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  from?: string;

  @ApiPropertyOptional({ description: 'Last log position to export (inclusive); default: the newest signed checkpoint' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  to?: string;
}

export class AuditCheckpointsQueryDto {
  @ApiPropertyOptional({ description: REASON_DOC, maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;

  @LimitParam({ default: 20, min: 1 })
  limit: number = 20;
}

export class AuditVerifyQueryDto {
  @ApiPropertyOptional({ description: 'Public key (PEM or base64 DER) the checkpoint must be signed with; without it the key inside the export is used' })
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  public_key?: string;
}

export class AuditVerifyBodyDto {
  @ApiProperty({ description: 'The export (NDJSON text). Large exports: send the file itself as `application/x-ndjson`' })
  @IsString()
  export!: string;

  @ApiPropertyOptional({ description: 'As the `public_key` query parameter' })
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  public_key?: string;
}

export class AuditStreamDto {
  @ApiProperty({ example: 'interview-3f0c6f0e-5d2a-4c1b-b0e8-a41d7c9e2b61', description: 'The stream name as stored' }) stream!: string;
  @ApiProperty({ example: 'interview' }) category!: string;
  @ApiProperty({ description: 'Events in the stream' }) events!: number;
  @ApiProperty() first_position!: string;
  @ApiProperty() last_position!: string;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class AuditStreamsResponseDto {
  @ApiProperty() total!: number;
  @ApiProperty() skip!: number;
  @ApiProperty() limit!: number;
  @ApiProperty({ type: [AuditStreamDto] }) streams!: AuditStreamDto[];
}

export class AuditCheckpointDto {
  @ApiProperty({ description: 'The log position the checkpoint covers (its last event)' }) position!: string;
  @ApiProperty({ description: 'The global chain hash at that position (SHA-256, hex)' }) log_hash!: string;
  @ApiProperty({ description: 'Events in the log up to the position' }) event_count!: number;
  @ApiProperty({ format: 'date-time' }) signed_at!: string;
  @ApiProperty({ enum: ['Ed25519'] }) algorithm!: 'Ed25519';
  @ApiProperty({ description: 'PEM public key the signature verifies with' }) public_key!: string;
  @ApiProperty({ description: 'Base64 Ed25519 signature of the canonical JSON {algorithm, event_count, log_hash, position, signed_at}' })
  signature!: string;
}

export class AuditCheckpointsResponseDto {
  @ApiProperty({ enum: ['Ed25519'] }) algorithm!: 'Ed25519';
  @ApiProperty({ description: 'The current signing public key (PEM)' }) public_key!: string;
  @ApiProperty({ type: [AuditCheckpointDto], description: 'Newest first' }) checkpoints!: AuditCheckpointDto[];
}

class VerificationErrorDto {
  @ApiProperty({ description: 'Line of the export (1-based) holding the first broken link' }) line!: number;
  @ApiProperty() reason!: string;
}

class VerifiedCheckpointDto {
  @ApiProperty() position!: string;
  @ApiProperty() log_hash!: string;
  @ApiProperty() signed_at!: string;
  @ApiProperty() public_key!: string;
}

export class AuditVerificationDto {
  @ApiProperty() valid!: boolean;
  @ApiProperty({ type: String, nullable: true, enum: ['stream', 'log'] }) scope!: 'stream' | 'log' | null;
  @ApiProperty({ type: String, nullable: true }) stream!: string | null;
  @ApiProperty() events!: number;
  @ApiProperty({ description: 'Later log entries on the path to the checkpoint' }) links!: number;
  @ApiProperty({ type: VerifiedCheckpointDto, nullable: true }) checkpoint!: VerifiedCheckpointDto | null;
  @ApiProperty({ description: 'The signature was checked against the key given, not only the one in the export' }) key_pinned!: boolean;
  @ApiProperty({ type: VerificationErrorDto, nullable: true }) error!: VerificationErrorDto | null;
}

export class InterviewAtPointQueryDto extends AuditReasonQueryDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'The interview as it stood at this time (events recorded at or before it)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  as_of?: string;

  @ApiPropertyOptional({ description: 'The interview as it stood at this log position (inclusive; a plain number is padded)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  position?: string;
}

export class InterviewDiffQueryDto extends AuditReasonQueryDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'The earlier point, as a time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from_as_of?: string;

  @ApiPropertyOptional({ description: 'The earlier point, as a log position' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  from_position?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'The later point, as a time (default: now)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to_as_of?: string;

  @ApiPropertyOptional({ description: 'The later point, as a log position (default: the head)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  to_position?: string;
}

class PointDto {
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) as_of!: string | null;
  @ApiProperty({ type: String, nullable: true }) position!: string | null;
}

class LastEventDto {
  @ApiProperty() position!: string;
  @ApiProperty() stream!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ format: 'date-time' }) recorded_at!: string;
}

export class InterviewAtPointDto {
  @ApiProperty() interview_id!: string;
  @ApiProperty({ type: PointDto }) point!: PointDto;
  @ApiProperty({ description: 'False when the point is before the interview was created' }) existed!: boolean;
  @ApiProperty({ description: 'Events folded' }) event_count!: number;
  @ApiProperty({ type: LastEventDto, nullable: true }) last_event!: LastEventDto | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: 'The interview read model (as `interviews` holds it)' })
  interview!: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) transcript!: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) score_card!: Record<string, unknown> | null;
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'Every score version, oldest first' })
  score_versions!: Record<string, unknown>[];
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: 'The report composed from that score card' })
  report!: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'array', items: { type: 'object', additionalProperties: true } }, description: 'Every interview read model by collection' })
  read_models!: Record<string, Record<string, unknown>[]>;
}

class ValueChangeDto {
  @ApiProperty({ example: 'read_models.interviews.0.status' }) path!: string;
  @ApiProperty({ nullable: true, description: 'Any JSON value (null when absent)', oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: {} }, { type: 'object', additionalProperties: true }] }) before!: unknown;
  @ApiProperty({ nullable: true, description: 'Any JSON value (null when absent)', oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: {} }, { type: 'object', additionalProperties: true }] }) after!: unknown;
}

export class InterviewDiffDto {
  @ApiProperty() interview_id!: string;
  @ApiProperty({ type: InterviewAtPointDto }) from!: InterviewAtPointDto;
  @ApiProperty({ type: InterviewAtPointDto }) to!: InterviewAtPointDto;
  @ApiProperty({ type: [ValueChangeDto], description: 'Every value that differs (read models, score versions, report), by path' })
  changes!: ValueChangeDto[];
}

export class PersonErasureDto {
  @ApiProperty({ example: 'person-5d41402abc4b2a76b9719d911017c592', description: 'The person whose keys were destroyed' }) person_id!: string;
  @ApiProperty({ type: [String], description: 'The streams that held their personal data (the events stay; their personal fields read `[erased]`)' })
  streams!: string[];
  @ApiProperty() keys_destroyed!: number;
  @ApiProperty({ description: 'Stored files of theirs deleted (CVs, recordings)' }) files_deleted!: number;
  @ApiProperty({ description: 'False when the projector runs in another process: rebuild there with `npm run projector -- rebuild`' })
  projections_rebuilt!: boolean;
}
