import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { USER_ROLES, USER_STATUSES, UserRole, UserStatus } from '@candor/domain';
import { S4PageQueryDto } from '../s4-page.query.dto';
import { S4SortBy } from '../s4-sort-by.decorator';

export const USER_SORT_KEYS = ['created_at', 'email', 'username', 'full_name', 'role', 'status', 'last_login_at'] as const;
export type UserSortKey = (typeof USER_SORT_KEYS)[number];

/** S4's common list parameters (CONTRACTS.md): page/size pagination and the shared filters. */
export class ListUsersQueryDto extends S4PageQueryDto {
  @ApiPropertyOptional({ description: 'Case-insensitive part of the email, username or full name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @ApiPropertyOptional({ enum: USER_STATUSES })
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus;

  @ApiPropertyOptional({ enum: USER_ROLES })
  @IsOptional()
  @IsIn(USER_ROLES)
  role?: UserRole;

  @ApiPropertyOptional({ description: 'Registered on or after (ISO date or date-time)', example: '2025-01-01' })
  @IsOptional()
  @IsISO8601()
  date_from?: string;

  @ApiPropertyOptional({ description: 'Registered on or before (ISO date: the whole day; or date-time)', example: '2025-12-31' })
  @IsOptional()
  @IsISO8601()
  date_to?: string;

  @S4SortBy(USER_SORT_KEYS, 'created_at')
  sort_by: UserSortKey = 'created_at';

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'desc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  sort_order: 'asc' | 'desc' = 'desc';
}
