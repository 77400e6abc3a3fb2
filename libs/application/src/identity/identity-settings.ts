import { LockoutPolicy } from '@candor/domain';

/** The identity context's knobs, read from the environment by the composition root. */
export interface IdentitySettings {
  readonly accessTtlSeconds: number;
  readonly refreshTtlSeconds: number;
  readonly apiKeysMaxActive: number;
  readonly passwordResetTtlSeconds: number;
  /** Lifetime of an email verification link. */
  readonly emailVerificationTtlSeconds: number;
  readonly lockout: LockoutPolicy;
  /** Where mailed links point (`<publicUrl>/reset-password?token=…`, `<publicUrl>/auth/verify-email?token=…`). */
  readonly publicUrl: string;
}

export const IDENTITY_SETTINGS = Symbol('IDENTITY_SETTINGS');
