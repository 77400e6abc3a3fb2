export type UserRole = 'recruiter' | 'interviewer' | 'candidate' | 'admin' | 'auditor';

/** Who is calling, as every surface's guards hand it to controllers and gateways. */
export interface AuthenticatedUser {
  readonly id: string;
  readonly email: string;
  readonly username: string;
  readonly fullName: string;
  readonly role: UserRole;
  readonly isSuperuser: boolean;
  readonly isActive: boolean;
  /** Only a verified email makes the user the candidate of interviews addressed to it. */
  readonly emailVerified: boolean;
  /** How the caller authenticated: an access token, or an API key (`Bearer sk_…`). */
  readonly via: 'jwt' | 'api_key';
  readonly apiKeyId?: string;
  /** With an access token: its id (`jti`, what logout revokes) and its token family (the login it belongs to). */
  readonly tokenId?: string;
  readonly sessionId?: string;
}

/** Superusers and admins administer everything. */
export function isAdmin(user: AuthenticatedUser): boolean {
  return user.isSuperuser || user.role === 'admin';
}
