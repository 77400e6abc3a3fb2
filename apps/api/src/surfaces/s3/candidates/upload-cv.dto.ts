import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';

/**
 * S3 `POST /api/candidates/upload_cv/` (multipart/form-data). The optional fields, when sent before the
 * file, override what parsing finds.
 */
export class UploadCvFieldsDto {
  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  full_name?: string;

  @ApiPropertyOptional({ format: 'email' })
  @IsOptional()
  @IsEmail()
  @MaxLength(300)
  email?: string;

  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  phone?: string;
}

/** The documented form, for the OpenAPI document. */
export class UploadCvDto extends UploadCvFieldsDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'The CV: PDF, DOCX or plain text, at most 10 MB' })
  cv_file!: unknown;
}
