import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_RULE } from '@candor/domain';
import { IsStrongPassword } from '../../identity/is-strong-password.validator';

/** S4 `PasswordReset`. */
export class ResetPasswordDto {
  @ApiProperty({ description: 'The token from the reset mail (single use, expires after PASSWORD_RESET_TTL seconds)' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token!: string;

  @ApiProperty({ format: 'password', description: PASSWORD_RULE })
  @IsString()
  @IsStrongPassword()
  new_password!: string;
}
