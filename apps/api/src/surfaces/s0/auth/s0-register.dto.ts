import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_RULE, SELF_SERVICE_ROLES, SelfServiceRole } from '@candor/domain';
import { IsStrongPassword } from '../../identity/is-strong-password.validator';

export class S0RegisterDto {
  @ApiProperty({ example: 'user@example.com' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'securePassword123', format: 'password', description: PASSWORD_RULE })
  @IsString()
  @IsStrongPassword()
  password!: string;

  @ApiProperty({ example: 'John Doe' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  full_name!: string;

  @ApiPropertyOptional({ enum: SELF_SERVICE_ROLES, default: 'recruiter' })
  @IsOptional()
  @IsIn(SELF_SERVICE_ROLES)
  role?: SelfServiceRole;
}
