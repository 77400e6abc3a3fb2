import { CommandMetadata } from '../shared/event';

/** CONTRACTS.md "Identity": every user has one of these roles; `admin` (or a superuser) administers everything. */
export const USER_ROLES = ['recruiter', 'interviewer', 'candidate', 'admin', 'auditor'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Roles anyone may pick when signing up; `admin` and `auditor` are only granted by an admin (or the bootstrap). */
export const SELF_SERVICE_ROLES = ['recruiter', 'interviewer', 'candidate'] as const;
export type SelfServiceRole = (typeof SELF_SERVICE_ROLES)[number];

export const DEFAULT_ROLE: UserRole = 'recruiter';

/** `inactive`: switched off by an admin (`is_active: false`); `suspended`: with a reason. Both refuse logins and tokens. */
export const USER_STATUSES = ['active', 'inactive', 'suspended'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** Commands are plain data; ids, time and hashes arrive on them (the domain has no clock, randomness or crypto). */
export interface IdentityCommand<TType extends string, TData extends object> {
  readonly type: TType;
  readonly data: TData;
  readonly metadata: CommandMetadata;
}

/** Milliseconds since the epoch of an ISO timestamp handed in on a command (parsing is pure; reading a clock is not). */
export function millis(iso: string): number {
  return Date.parse(iso);
}

export function addSeconds(iso: string, seconds: number): string {
  return new Date(millis(iso) + seconds * 1000).toISOString();
}
