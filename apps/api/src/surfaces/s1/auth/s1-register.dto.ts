import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PASSWORD_RULE } from '@candor/domain';
import { IsStrongPassword } from '../../identity/is-strong-password.validator';

export class S1RegisterDto {
  @ApiProperty({ example: 'user@example.com' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiPropertyOptional({ example: 'newuser', description: 'Derived from the email when omitted; unique case-insensitively' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{2,49}$/, {
    message: 'username must be 3 to 50 letters, digits, dots, dashes or underscores, starting with a letter or digit',
  })
  username?: string;

  @ApiPropertyOptional({ example: 'New User' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  full_name?: string;

  @ApiProperty({ example: 'secure-Password1', format: 'password', description: PASSWORD_RULE })
  @IsString()
  @IsStrongPassword()
  password!: string;
}
