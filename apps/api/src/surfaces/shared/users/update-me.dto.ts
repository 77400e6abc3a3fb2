import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

/** S1 `PUT /users/me` and S4 `PUT /auth/me`: `is_active` only by a superuser (403 otherwise). */
export class UpdateMeDto {
  @ApiPropertyOptional({ example: 'Updated Name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  full_name?: string;

  @ApiPropertyOptional({ description: 'Superusers only; switching it off revokes every token of the account' })
  @IsOptional()
  @IsBoolean()
  is_active?: boolean;
}
