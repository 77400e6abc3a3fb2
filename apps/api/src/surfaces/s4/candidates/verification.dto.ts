import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { S4Envelope } from '../s4-envelope.dto';

export const DOCUMENT_TYPES = ['passport', 'national_id', 'drivers_license', 'residence_permit', 'other'] as const;

/** Text fields of `POST /candidates/verify/identity`; before or after the file part. */
export class IdentityVerificationFieldsDto {
  @ApiPropertyOptional({ enum: DOCUMENT_TYPES, default: 'other' })
  @IsOptional()
  @IsIn(DOCUMENT_TYPES)
  document_type?: (typeof DOCUMENT_TYPES)[number];

  @ApiPropertyOptional({ maxLength: 200, description: 'The name as printed on the document; compared with the account name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  full_name?: string;
}

export class IdentityVerificationFormDto extends IdentityVerificationFieldsDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'The identity document in `document` (or `file`): JPEG, PNG or PDF, at most 10 MB' })
  document!: unknown;
}

/** Text fields of `POST /candidates/verify/face`; before or after the file part. */
export class FaceVerificationFieldsDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Adds the face image to this identity verification; without it the face image stands alone' })
  @IsOptional()
  @IsUUID()
  verification_id?: string;
}

export class FaceVerificationFormDto extends FaceVerificationFieldsDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'The face image in `image` (or `file`): JPEG or PNG, at least 200x200 px, at most 10 MB' })
  image!: unknown;
}

export class VerificationCheckDto {
  @ApiProperty({ enum: ['file_type', 'file_size', 'image_dimensions', 'name_match', 'distinct_images'] })
  name!: string;

  @ApiProperty()
  passed!: boolean;

  @ApiProperty()
  detail!: string;
}

export class VerifiedFileDto {
  @ApiProperty()
  file_name!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Detected from the bytes, never from the declared type' })
  detected_type!: string | null;

  @ApiProperty()
  size_bytes!: number;

  @ApiProperty({ type: Number, nullable: true })
  width!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  height!: number | null;

  @ApiProperty({ type: [VerificationCheckDto] })
  checks!: VerificationCheckDto[];

  @ApiProperty({ format: 'date-time' })
  submitted_at!: string;
}

/** VerificationResponse / VerificationStatus / FaceVerificationResponse (one shape). */
export class VerificationResponseDto {
  @ApiProperty({ format: 'uuid' })
  verification_id!: string;

  @ApiProperty({
    enum: ['pending_review', 'rejected'],
    description: '`pending_review`: every automatic check passed and a person must confirm; `rejected`: a check failed (see `reasons`)',
  })
  status!: 'pending_review' | 'rejected';

  @ApiProperty({ type: String, nullable: true, enum: [...DOCUMENT_TYPES, null] })
  document_type!: string | null;

  @ApiProperty({ type: [String], description: 'Why the status is what it is: the failed checks, or what is still awaited' })
  reasons!: string[];

  @ApiProperty({ type: VerifiedFileDto, nullable: true })
  document!: VerifiedFileDto | null;

  @ApiProperty({ type: VerifiedFileDto, nullable: true })
  face!: VerifiedFileDto | null;

  @ApiProperty({
    enum: ['not_performed'],
    description: 'No biometric face matching and no OCR are done by this server: the face image is only checked as an image',
  })
  face_match!: 'not_performed';

  @ApiProperty({ format: 'date-time' })
  created_at!: string;

  @ApiProperty({ format: 'date-time' })
  updated_at!: string;
}

export const S4VerificationEnvelopeDto = S4Envelope(VerificationResponseDto);
