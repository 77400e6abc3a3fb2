import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_RULE, SELF_SERVICE_ROLES, SelfServiceRole } from '@candor/domain';
import { IsStrongPassword } from '../../identity/is-strong-password.validator';

/** S4 `UserCreate`. */
export class S4RegisterDto {
  @ApiProperty({ example: 'user@example.com' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ format: 'password', description: PASSWORD_RULE })
  @IsString()
  @IsStrongPassword()
  password!: string;

  @ApiProperty({ example: 'Jane Doe' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  full_name!: string;

  @ApiPropertyOptional({ example: 'jane', description: 'Derived from the email when omitted' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{2,49}$/, {
    message: 'username must be 3 to 50 letters, digits, dots, dashes or underscores, starting with a letter or digit',
  })
  username?: string;

  @ApiPropertyOptional({ enum: SELF_SERVICE_ROLES, default: 'recruiter' })
  @IsOptional()
  @IsIn(SELF_SERVICE_ROLES)
  role?: SelfServiceRole;
}
