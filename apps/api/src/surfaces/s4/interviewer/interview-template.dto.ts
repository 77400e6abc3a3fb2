import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { INTERVIEW_STATUSES, InterviewStatus } from '@candor/domain';
import { INVITATION_SORT_KEYS, TEMPLATE_SORT_KEYS } from '@candor/application';
import { S4FilterQueryDto } from '../s4-filter.query.dto';
import { S4SortBy } from '../s4-sort-by.decorator';
import { OptionalStringList } from '../../shared/string-list.decorator';

const INTERVIEW_TYPES = ['technical', 'video', 'chat', 'behavioral'];

/** `InterviewTemplateCreate`: the blueprint of the interviews created when candidates are invited. */
export class InterviewTemplateCreateDto {
  @ApiProperty({ example: 'Senior Backend Engineer', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ maxLength: 5000 }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) position?: string;
  @ApiPropertyOptional({ maxLength: 20000 }) @IsOptional() @IsString() @MaxLength(20000) job_description?: string;

  @ApiPropertyOptional({ enum: INTERVIEW_TYPES })
  @IsOptional()
  @IsIn(INTERVIEW_TYPES)
  interview_type?: string;

  @ApiPropertyOptional({ example: 'medium', maxLength: 50 }) @IsOptional() @IsString() @MaxLength(50) difficulty?: string;

  @ApiPropertyOptional({ example: 60, minimum: 5, maximum: 480 })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(480)
  duration_minutes?: number;

  @OptionalStringList({ maxItems: 50, maxLength: 100, example: ['TypeScript', 'PostgreSQL'] })
  technologies?: string[];

  @OptionalStringList({ maxItems: 100, maxLength: 2000, description: 'Questions to ask, in order' })
  questions?: string[];

  @ApiPropertyOptional({ default: true, description: 'Only active templates can be used for invitations' })
  @IsOptional()
  @IsBoolean()
  is_active?: boolean;
}

export class InterviewTemplateUpdateDto extends PartialType(InterviewTemplateCreateDto) {}

export class InterviewTemplateResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ nullable: true, type: String }) position!: string | null;
  @ApiProperty({ nullable: true, type: String }) job_description!: string | null;
  @ApiProperty({ nullable: true, type: String }) interview_type!: string | null;
  @ApiProperty({ nullable: true, type: String }) difficulty!: string | null;
  @ApiProperty({ nullable: true, type: Number }) duration_minutes!: number | null;
  @ApiProperty({ type: [String] }) technologies!: string[];
  @ApiProperty({ type: [String] }) questions!: string[];
  @ApiProperty() is_active!: boolean;
  @ApiProperty({ format: 'uuid' }) created_by!: string;
  @ApiProperty({ description: 'Invitations sent from this template' }) invitation_count!: number;
  @ApiProperty() created_at!: string;
  @ApiProperty() updated_at!: string;
}

export class ListTemplatesQueryDto extends S4FilterQueryDto {
  @ApiPropertyOptional({ enum: ['active', 'inactive'], description: 'active = usable for invitations' })
  @IsOptional()
  @IsIn(['active', 'inactive'])
  declare status?: string;

  @S4SortBy(TEMPLATE_SORT_KEYS, 'created_at')
  declare sort_by: string;
}

export class ListInvitationsQueryDto extends S4FilterQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsString() template_id?: string;

  @ApiPropertyOptional({ enum: INTERVIEW_STATUSES, description: "The status of the invitation's interview" })
  @IsOptional()
  @IsIn(INTERVIEW_STATUSES)
  declare status?: InterviewStatus;

  @S4SortBy(INVITATION_SORT_KEYS, 'sent_at')
  declare sort_by: string;
}

/** `InvitationCreate`. */
export class InvitationCreateDto {
  @ApiProperty({ example: 'jane@example.com' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail()
  @MaxLength(254)
  candidate_email!: string;

  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) candidate_name?: string;
  @ApiPropertyOptional({ maxLength: 5000 }) @IsOptional() @IsString() @MaxLength(5000) message?: string;

  @ApiPropertyOptional({ description: 'When the interview takes place (ISO 8601); omitted: the interview is pending' })
  @IsOptional()
  @IsISO8601()
  scheduled_at?: string;
}

export class InvitationResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) template_id!: string;
  @ApiProperty() template_title!: string;
  @ApiProperty({ format: 'uuid', description: 'The interview created for the candidate' }) interview_id!: string;
  @ApiProperty() candidate_email!: string;
  @ApiProperty({ nullable: true, type: String }) candidate_name!: string | null;
  @ApiProperty({ nullable: true, type: String }) message!: string | null;
  @ApiProperty({ nullable: true, type: String }) scheduled_at!: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The interview's link (S3 invite link, under PUBLIC_URL)" }) interview_link!: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The interview's invite token: lets the candidate in without an account" }) invite_token!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'http://localhost:8000/interview/0b6f…?token=…', description: 'The link the candidate follows (sent in the mail)' })
  join_url!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'ws://localhost:8000/ws/interview/0b6f…/?token=…', description: 'The interview socket the token opens' })
  websocket_url!: string | null;
  @ApiProperty({ description: "The interview's current status" }) status!: string;
  @ApiProperty({ format: 'uuid' }) invited_by!: string;
  @ApiProperty() sent_at!: string;
}

export class InvitationSentResponseDto extends InvitationResponseDto {
  @ApiProperty({ description: 'Whether the invitation mail was handed to the mailer (SMTP, or an .eml file in $DATA_DIR/outbox without SMTP_URL)' })
  email_sent!: boolean;
}
