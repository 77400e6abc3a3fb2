import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsTimeZone, IsUrl, Max, MaxLength, Min, MinLength } from 'class-validator';
import { OptionalStringList } from '../../shared/string-list.decorator';

export class AvatarResponseDto {
  @ApiProperty({ example: '/interviewer/profile/avatar', description: 'GET it (with the bearer token) for the image bytes' }) avatar_url!: string;
  @ApiProperty({ enum: ['image/jpeg', 'image/png'] }) content_type!: string;
  @ApiProperty() size_bytes!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'From the image header' }) width!: number | null;
  @ApiProperty({ nullable: true, type: Number }) height!: number | null;
  @ApiProperty() sha256!: string;
  @ApiProperty() uploaded_at!: string;
}

export class InterviewerProfileUpdateDto {
  @ApiPropertyOptional({ maxLength: 200, description: "The account's full name (the same as PUT /auth/me)" })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  full_name?: string;

  @ApiPropertyOptional({ maxLength: 200, example: 'Engineering Manager' }) @IsOptional() @IsString() @MaxLength(200) title?: string;
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) company?: string;
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) department?: string;
  @ApiPropertyOptional({ maxLength: 5000 }) @IsOptional() @IsString() @MaxLength(5000) bio?: string;
  @ApiPropertyOptional({ maxLength: 50 }) @IsOptional() @IsString() @MaxLength(50) phone?: string;
  @ApiPropertyOptional({ example: 'Europe/Berlin', maxLength: 64, description: 'The same value as `timezone` in /interviewer/profile/preferences (one setting, two views)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @IsTimeZone()
  timezone?: string;

  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) location?: string;
  @ApiPropertyOptional({ example: 'https://www.linkedin.com/in/jane' }) @IsOptional() @IsUrl() @MaxLength(500) linkedin_url?: string;

  @OptionalStringList({ maxItems: 50, maxLength: 100, example: ['system design', 'TypeScript'] })
  expertise?: string[];

  @ApiPropertyOptional({ minimum: 0, maximum: 70 }) @IsOptional() @IsInt() @Min(0) @Max(70) years_experience?: number;
}

export class InterviewerProfileDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() username!: string;
  @ApiProperty() full_name!: string;
  @ApiProperty() role!: string;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty({ nullable: true, type: String }) company!: string | null;
  @ApiProperty({ nullable: true, type: String }) department!: string | null;
  @ApiProperty({ nullable: true, type: String }) bio!: string | null;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
  @ApiProperty({ example: 'UTC', description: 'From the preferences (UTC until set)' }) timezone!: string;
  @ApiProperty({ nullable: true, type: String }) location!: string | null;
  @ApiProperty({ nullable: true, type: String }) linkedin_url!: string | null;
  @ApiProperty({ type: [String] }) expertise!: string[];
  @ApiProperty({ nullable: true, type: Number }) years_experience!: number | null;
  @ApiProperty({ nullable: true, type: AvatarResponseDto }) avatar!: AvatarResponseDto | null;
  @ApiProperty() created_at!: string;
  @ApiProperty({ nullable: true, type: String }) updated_at!: string | null;
}

export const THEMES = ['light', 'dark', 'system'];

export class UserPreferencesUpdateDto {
  @ApiPropertyOptional({ example: 'en', maxLength: 10 }) @IsOptional() @IsString() @MaxLength(10) language?: string;
  @ApiPropertyOptional({ example: 'Europe/Berlin', maxLength: 64, description: 'An IANA time zone' }) @IsOptional() @IsString() @MaxLength(64) @IsTimeZone() timezone?: string;
  @ApiPropertyOptional({ enum: THEMES }) @IsOptional() @IsIn(THEMES) theme?: string;
  @ApiPropertyOptional({ example: 'YYYY-MM-DD', maxLength: 32 }) @IsOptional() @IsString() @MaxLength(32) date_format?: string;
  @ApiPropertyOptional({ minimum: 5, maximum: 480 }) @IsOptional() @IsInt() @Min(5) @Max(480) default_interview_duration?: number;
  @ApiPropertyOptional({ enum: ['technical', 'video', 'chat', 'behavioral'] })
  @IsOptional()
  @IsIn(['technical', 'video', 'chat', 'behavioral'])
  default_interview_type?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 100 }) @IsOptional() @IsInt() @Min(1) @Max(100) items_per_page?: number;
}

export class UserPreferencesDto {
  @ApiProperty() language!: string;
  @ApiProperty() timezone!: string;
  @ApiProperty({ enum: THEMES }) theme!: string;
  @ApiProperty() date_format!: string;
  @ApiProperty() default_interview_duration!: number;
  @ApiProperty() default_interview_type!: string;
  @ApiProperty() items_per_page!: number;
  @ApiProperty({ nullable: true, type: String }) updated_at!: string | null;
}

export class NotificationSettingsUpdateDto {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() email_notifications?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() interview_reminders?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() candidate_updates?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() invitation_responses?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() weekly_reports?: boolean;
  @ApiPropertyOptional({ minimum: 0, maximum: 10080 }) @IsOptional() @IsInt() @Min(0) @Max(10080) reminder_minutes_before?: number;
}

export class NotificationSettingsDto {
  @ApiProperty() email_notifications!: boolean;
  @ApiProperty() interview_reminders!: boolean;
  @ApiProperty() candidate_updates!: boolean;
  @ApiProperty() invitation_responses!: boolean;
  @ApiProperty() weekly_reports!: boolean;
  @ApiProperty() reminder_minutes_before!: number;
  @ApiProperty({ nullable: true, type: String }) updated_at!: string | null;
}

export class SecuritySettingsUpdateDto {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() login_alerts?: boolean;
  @ApiPropertyOptional({ minimum: 5, maximum: 43200 }) @IsOptional() @IsInt() @Min(5) @Max(43200) session_timeout_minutes?: number;
}

export class SecuritySettingsDto {
  @ApiProperty() login_alerts!: boolean;
  @ApiProperty() session_timeout_minutes!: number;
  @ApiProperty({ description: 'Always false: two-factor authentication is not offered by this server' }) two_factor_enabled!: boolean;
  @ApiProperty({ nullable: true, type: String }) updated_at!: string | null;
}
