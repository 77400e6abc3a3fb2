import { DomainError } from '../shared/domain-error';

/** The identity context's stable error codes; each surface's filter turns the kind into its status and body. */
export const UserErrors = {
  notFound: () => new DomainError('USER.NOT_FOUND', 'User not found', 'not_found'),
  alreadyExists: () => new DomainError('USER.ALREADY_EXISTS', 'User already exists', 'conflict'),
  // S1 documents 400 for a taken email or username, so these are 'invalid' rather than 'conflict'.
  emailTaken: () => new DomainError('USER.EMAIL_TAKEN', 'Email already registered', 'invalid'),
  usernameTaken: () => new DomainError('USER.USERNAME_TAKEN', 'Username already taken', 'invalid'),
  invalid: (field: string, message: string) => new DomainError('USER.INVALID', `${field}: ${message}`, 'invalid', { field }),
  weakPassword: (message: string) => new DomainError('USER.WEAK_PASSWORD', message, 'invalid', { field: 'password' }),
  invalidCredentials: () => new DomainError('AUTH.INVALID_CREDENTIALS', 'Invalid email or password', 'unauthorized'),
  accountLocked: (retryAfterSeconds: number) =>
    new DomainError(
      'AUTH.ACCOUNT_LOCKED',
      `Account temporarily locked after too many failed login attempts; try again in ${retryAfterSeconds} seconds`,
      'unauthorized',
      { retryAfterSeconds },
    ),
  suspended: () => new DomainError('USER.SUSPENDED', 'User account is suspended', 'forbidden'),
  inactive: () => new DomainError('USER.INACTIVE', 'User account is inactive', 'forbidden'),
  adminOnly: (field: string) =>
    new DomainError('USER.ADMIN_ONLY', `Only an administrator may change ${field}`, 'forbidden', { field }),
  notOnYourself: (action: string) =>
    new DomainError('USER.NOT_ON_YOURSELF', `An administrator cannot ${action} their own account`, 'invalid'),
  invalidVerificationToken: () =>
    new DomainError('AUTH.INVALID_VERIFICATION_TOKEN', 'Invalid, used or expired email verification link', 'invalid'),
  invalidResetToken: () =>
    new DomainError('AUTH.INVALID_RESET_TOKEN', 'Invalid or expired password reset token', 'invalid'),
};
