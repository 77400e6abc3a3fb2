import type { AccountClaimTerms } from './user.events';
import { IdentityCommand, UserRole } from './identity.types';

export type RegisterUser = IdentityCommand<
  'RegisterUser',
  {
    readonly userId: string;
    readonly email: string;
    readonly username: string;
    readonly fullName: string;
    readonly role: UserRole;
    readonly isSuperuser: boolean;
    /** Hashed by the caller (scrypt); the policy was checked on the clear password before hashing. */
    readonly passwordHash: string;
  }
>;

/** Who asks for a change: some fields only an admin (or superuser) may change. */
export interface Actor {
  readonly userId: string;
  readonly isAdmin: boolean;
}

/** Any subset of fields, decided atomically; omitted fields stay. */
export type UpdateUser = IdentityCommand<
  'UpdateUser',
  {
    readonly actor: Actor;
    readonly fullName?: string;
    readonly role?: UserRole;
    readonly isSuperuser?: boolean;
    readonly isActive?: boolean;
  }
>;

export type SuspendUser = IdentityCommand<'SuspendUser', { readonly actor: Actor; readonly reason: string }>;
export type ActivateUser = IdentityCommand<'ActivateUser', { readonly actor: Actor }>;
export type DeleteUser = IdentityCommand<'DeleteUser', { readonly actor: Actor }>;

/** `claim`: the link is an account claim (see AccountClaimTerms), not a plain reset. */
export type RequestPasswordReset = IdentityCommand<
  'RequestPasswordReset',
  { readonly tokenHash: string; readonly expiresAt: string; readonly claim?: AccountClaimTerms }
>;

export type ResetPassword = IdentityCommand<'ResetPassword', { readonly tokenHash: string; readonly passwordHash: string }>;

export type RequestEmailVerification = IdentityCommand<
  'RequestEmailVerification',
  { readonly tokenHash: string; readonly expiresAt: string }
>;

export type VerifyEmail = IdentityCommand<'VerifyEmail', { readonly tokenHash: string }>;

/** How many failures within which window lock an account, and for how long. */
export interface LockoutPolicy {
  readonly maxFailures: number;
  readonly windowSeconds: number;
  readonly lockoutSeconds: number;
}

/** `client` identifies where the attempt came from: failures and locks count per account and client. */
export type RecordLoginFailure = IdentityCommand<'RecordLoginFailure', { readonly policy: LockoutPolicy; readonly client?: string }>;

/** The password was right: record the login (clears the failure count) or refuse a locked/suspended account. */
export type RecordLogin = IdentityCommand<'RecordLogin', { readonly sessionId: string; readonly client?: string }>;

export type UserCommand =
  | RequestEmailVerification
  | VerifyEmail
  | RegisterUser
  | UpdateUser
  | SuspendUser
  | ActivateUser
  | DeleteUser
  | RequestPasswordReset
  | ResetPassword
  | RecordLoginFailure
  | RecordLogin;
