import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '@candor/domain';

/** OAuth2 password form (`username` may be the email); JSON with `email` instead of `username` works too. */
export class S1LoginDto {
  @ApiPropertyOptional({ example: 'user@example.com', description: 'Email or username' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(254)
  username?: string;

  @ApiPropertyOptional({ example: 'user@example.com', description: 'Instead of `username`' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(254)
  email?: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}
