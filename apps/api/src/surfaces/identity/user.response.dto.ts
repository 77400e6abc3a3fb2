import { ApiProperty } from '@nestjs/swagger';
import { USER_ROLES, USER_STATUSES, UserRole, UserStatus } from '@candor/domain';

/** A user on every surface: the union of what the seeds document (CONTRACTS.md, "Identity"). Never credentials. */
export class UserResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'user@example.com', description: 'Lower-cased; unique case-insensitively' })
  email!: string;

  @ApiProperty({ example: 'newuser' })
  username!: string;

  @ApiProperty({ example: 'John Doe' })
  full_name!: string;

  @ApiProperty({ enum: USER_ROLES, example: 'recruiter' })
  role!: UserRole;

  @ApiProperty()
  is_active!: boolean;

  @ApiProperty()
  is_superuser!: boolean;

  @ApiProperty({ description: 'Whether the user opened the verification link mailed to `email`; only then are interviews addressed to it theirs' })
  email_verified!: boolean;

  @ApiProperty({ enum: USER_STATUSES, description: '`inactive`: switched off by an admin; `suspended`: with a reason' })
  status!: UserStatus;

  @ApiProperty({ format: 'date-time' })
  created_at!: string;

  @ApiProperty({ format: 'date-time' })
  updated_at!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  last_login_at!: string | null;
}

/** What an admin sees besides: why the account is suspended, and until when it is locked after failed logins. */
export class AdminUserResponseDto extends UserResponseDto {
  @ApiProperty({ nullable: true, type: String })
  suspension_reason!: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  locked_until!: string | null;
}
