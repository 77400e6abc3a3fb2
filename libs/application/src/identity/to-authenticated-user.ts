import { AuthenticatedUser } from './authenticated-user';
import { UserDocument } from './projections/users.projection';

/** The caller as guards hand it on, from the users read model. */
export function toAuthenticatedUser(
  user: UserDocument,
  via: AuthenticatedUser['via'],
  extra: Pick<AuthenticatedUser, 'apiKeyId' | 'tokenId' | 'sessionId'> = {},
): AuthenticatedUser {
  return {
    id: user.id,
    email: user.email,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    isSuperuser: user.isSuperuser,
    isActive: user.isActive,
    emailVerified: user.emailVerified === true,
    via,
    ...extra,
  };
}
