import { UserDocument } from '@candor/application';
import { AdminUserResponseDto, UserResponseDto } from './user.response.dto';

/** Field by field: a read-model field reaches a client only when listed here. */
export function toUserResponse(user: UserDocument): UserResponseDto {
  return {
    id: user.id,
    email: user.email,
    username: user.username,
    full_name: user.fullName,
    role: user.role,
    is_active: user.isActive,
    is_superuser: user.isSuperuser,
    email_verified: user.emailVerified === true,
    status: user.status,
    created_at: user.createdAt,
    updated_at: user.updatedAt,
    last_login_at: user.lastLoginAt,
  };
}

export function toAdminUserResponse(user: UserDocument): AdminUserResponseDto {
  return { ...toUserResponse(user), suspension_reason: user.suspensionReason, locked_until: user.lockedUntil };
}
