import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';

/** `POST /api/v1/resumes/upload` fields; sent before the file, they override what parsing finds. */
export class UploadResumeFieldsDto {
  @ApiPropertyOptional({ maxLength: 300 }) @IsOptional() @IsString() @MaxLength(300) full_name?: string;
  @ApiPropertyOptional({ format: 'email' }) @IsOptional() @IsEmail() @MaxLength(300) email?: string;
  @ApiPropertyOptional({ maxLength: 50 }) @IsOptional() @IsString() @MaxLength(50) phone?: string;
}

/** The documented form, for the OpenAPI document. */
export class UploadResumeDto extends UploadResumeFieldsDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'The resume: PDF, DOCX or plain text, at most 10 MB (also accepted as `resume` or `cv_file`)' })
  file!: unknown;
}
