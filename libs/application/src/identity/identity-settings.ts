import { LockoutPolicy } from '@candor/domain';

/** The identity context's knobs, read from the environment by the composition root. */
export interface IdentitySettings {
  readonly accessTtlSeconds: number;
  readonly refreshTtlSeconds: number;
  readonly apiKeysMaxActive: number;
  readonly passwordResetTtlSeconds: number;
  readonly lockout: LockoutPolicy;
  /** Where the reset link in the mail points (`<publicUrl>/reset-password?token=…`). */
  readonly publicUrl: string;
}

export const IDENTITY_SETTINGS = Symbol('IDENTITY_SETTINGS');
