import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** The token of a verification link (body of POST, or `?token=` of the link itself). */
export class VerifyEmailDto {
  @ApiProperty({ description: 'The token from the verification mail (single use, expires after EMAIL_VERIFICATION_TTL seconds)' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token!: string;
}
