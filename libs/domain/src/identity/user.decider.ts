import { assertNever, Decider } from '../shared/decider';
import { addSeconds, millis, SELF_SERVICE_ROLES, USER_ROLES, UserRole, UserStatus } from './identity.types';
import {
  ActivateUser,
  DeleteUser,
  RecordLogin,
  RecordLoginFailure,
  RegisterUser,
  RequestEmailVerification,
  RequestPasswordReset,
  ResetPassword,
  VerifyEmail,
  SuspendUser,
  UpdateUser,
  UserCommand,
} from './user.commands';
import { UserErrors } from './user.errors';
import { AccountClaimTerms, TOKEN_REVOKING_EVENTS, UserEvent } from './user.events';
import { normalizeEmail, validateEmail, validateFullName, validateUsername } from './user.validation';

/** What decisions need: identity, status, the credential, the token epoch, recent failures and pending resets. */
export interface UserState {
  readonly exists: boolean;
  readonly deleted: boolean;
  readonly userId: string | null;
  readonly email: string;
  readonly username: string;
  readonly fullName: string;
  readonly role: UserRole;
  readonly isSuperuser: boolean;
  readonly status: UserStatus;
  readonly passwordHash: string | null;
  /** Tokens carry the epoch they were issued in; any other epoch is refused. */
  readonly tokenEpoch: number;
  /** Failed logins in the window, each with the client it came from ('' = every client: older events). */
  readonly recentFailures: readonly { readonly at: string; readonly client: string }[];
  /** Until when the account refuses logins, per client ('' = from every client). */
  readonly locks: Readonly<Record<string, string>>;
  readonly pendingResets: readonly { readonly tokenHash: string; readonly expiresAt: string; readonly claim?: AccountClaimTerms }[];
  /** Only a verified email links the account to interviews addressed to it. */
  readonly emailVerified: boolean;
  readonly pendingVerifications: readonly { readonly tokenHash: string; readonly expiresAt: string }[];
}

export const initialUserState = (): UserState => ({
  exists: false,
  deleted: false,
  userId: null,
  email: '',
  username: '',
  fullName: '',
  role: 'recruiter',
  isSuperuser: false,
  status: 'active',
  passwordHash: null,
  tokenEpoch: 0,
  recentFailures: [],
  locks: {},
  pendingResets: [],
  emailVerified: false,
  pendingVerifications: [],
});

/** Enough to count failures in any sensible window without the state growing under a brute-force attack. */
const MAX_REMEMBERED_FAILURES = 100;
const MAX_SUSPENSION_REASON = 1000;

/** Seconds until the lock on `client` (or on every client) lifts, or 0 when it is not locked at `now`. */
export function lockedForSeconds(state: UserState, now: string, client = ''): number {
  const until = [state.locks[client], state.locks['']].filter((at): at is string => !!at).map(millis);
  const remaining = Math.max(0, ...until) - millis(now);
  return remaining > 0 ? Math.ceil(remaining / 1000) : 0;
}

export function decideUser(command: UserCommand, state: UserState): UserEvent[] {
  if (command.type === 'RegisterUser') return register(command, state);
  if (!state.exists || state.deleted) throw UserErrors.notFound();
  const userId = state.userId as string;
  const now = command.metadata.now;
  switch (command.type) {
    case 'UpdateUser':
      return update(command, state, userId);
    case 'SuspendUser':
      return suspend(command, state, userId);
    case 'ActivateUser':
      return activate(command, state, userId);
    case 'DeleteUser':
      return remove(command, state, userId);
    case 'RequestPasswordReset':
      return requestReset(command, state, userId);
    case 'ResetPassword':
      return resetPassword(command, state, userId);
    case 'RequestEmailVerification':
      return requestVerification(command, state, userId);
    case 'VerifyEmail':
      return verifyEmail(command, state, userId);
    case 'RecordLoginFailure':
      return recordFailure(command, state, userId);
    case 'RecordLogin':
      return recordLogin(command, state, userId);
    default:
      return assertNever(command);
  }

  function register(c: RegisterUser, s: UserState): UserEvent[] {
    if (s.exists) throw UserErrors.alreadyExists();
    const d = c.data;
    const email = normalizeEmail(d.email);
    validateEmail(email);
    validateUsername(d.username);
    const fullName = d.fullName.trim();
    validateFullName(fullName);
    if (!USER_ROLES.includes(d.role)) throw UserErrors.invalid('role', `one of ${USER_ROLES.join(', ')}`);
    if (!d.passwordHash) throw UserErrors.invalid('password', 'required');
    return [
      {
        type: 'UserRegistered',
        data: {
          userId: d.userId,
          email,
          username: d.username,
          fullName,
          role: d.role,
          isSuperuser: d.isSuperuser,
          passwordHash: d.passwordHash,
          registeredAt: c.metadata.now,
        },
      },
    ];
  }

  function update(c: UpdateUser, s: UserState, id: string): UserEvent[] {
    const d = c.data;
    const events: UserEvent[] = [];
    if (d.fullName !== undefined && d.fullName.trim() !== s.fullName) {
      const fullName = d.fullName.trim();
      validateFullName(fullName);
      events.push({ type: 'UserProfileUpdated', data: { userId: id, changes: { fullName }, updatedAt: now } });
    }
    const role = d.role ?? s.role;
    const isSuperuser = d.isSuperuser ?? s.isSuperuser;
    if (role !== s.role || isSuperuser !== s.isSuperuser) {
      if (!c.data.actor.isAdmin) throw UserErrors.adminOnly(role !== s.role ? 'role' : 'is_superuser');
      if (!USER_ROLES.includes(role)) throw UserErrors.invalid('role', `one of ${USER_ROLES.join(', ')}`);
      if (c.data.actor.userId === id) throw UserErrors.notOnYourself('change the role of');
      events.push({ type: 'UserRoleChanged', data: { userId: id, role, isSuperuser, changedAt: now } });
    }
    if (d.isActive !== undefined && d.isActive !== (s.status === 'active')) {
      if (!c.data.actor.isAdmin) throw UserErrors.adminOnly('is_active');
      if (d.isActive) events.push({ type: 'UserActivated', data: { userId: id, activatedAt: now } });
      else {
        if (c.data.actor.userId === id) throw UserErrors.notOnYourself('deactivate');
        events.push({ type: 'UserDeactivated', data: { userId: id, deactivatedAt: now } });
      }
    }
    return events;
  }

  function suspend(c: SuspendUser, s: UserState, id: string): UserEvent[] {
    if (!c.data.actor.isAdmin) throw UserErrors.adminOnly('the status');
    if (c.data.actor.userId === id) throw UserErrors.notOnYourself('suspend');
    const reason = c.data.reason.trim();
    if (!reason) throw UserErrors.invalid('reason', 'required');
    if (reason.length > MAX_SUSPENSION_REASON) throw UserErrors.invalid('reason', `at most ${MAX_SUSPENSION_REASON} characters`);
    if (s.status === 'suspended') return [];
    return [{ type: 'UserSuspended', data: { userId: id, reason, suspendedAt: now } }];
  }

  function activate(c: ActivateUser, s: UserState, id: string): UserEvent[] {
    if (!c.data.actor.isAdmin) throw UserErrors.adminOnly('the status');
    if (s.status === 'active') return [];
    return [{ type: 'UserActivated', data: { userId: id, activatedAt: now } }];
  }

  function remove(c: DeleteUser, s: UserState, id: string): UserEvent[] {
    if (!c.data.actor.isAdmin && c.data.actor.userId !== id) throw UserErrors.adminOnly('other accounts');
    if (c.data.actor.isAdmin && c.data.actor.userId === id) throw UserErrors.notOnYourself('delete');
    return [{ type: 'UserDeleted', data: { userId: id, email: s.email, username: s.username, deletedAt: now } }];
  }

  function requestReset(c: RequestPasswordReset, s: UserState, id: string): UserEvent[] {
    if (s.status === 'suspended') throw UserErrors.suspended();
    if (s.status === 'inactive') throw UserErrors.inactive();
    if (millis(c.data.expiresAt) <= millis(now)) throw UserErrors.invalid('expiresAt', 'must be in the future');
    const claim = c.data.claim;
    if (claim) {
      // Only an address nobody has proved can be claimed, and one link at a time: repeated registrations
      // with the address do not flood its mailbox.
      if (s.emailVerified || s.isSuperuser) return [];
      if (s.pendingResets.some((r) => r.claim && millis(r.expiresAt) > millis(now))) return [];
      validateFullName(claim.fullName.trim());
      if (!(SELF_SERVICE_ROLES as readonly UserRole[]).includes(claim.role)) throw UserErrors.invalid('role', `one of ${SELF_SERVICE_ROLES.join(', ')}`);
    }
    const terms = claim ? { claim: { fullName: claim.fullName.trim(), role: claim.role } } : {};
    return [{ type: 'PasswordResetRequested', data: { userId: id, tokenHash: c.data.tokenHash, expiresAt: c.data.expiresAt, requestedAt: now, ...terms } }];
  }

  function resetPassword(c: ResetPassword, s: UserState, id: string): UserEvent[] {
    const pending = s.pendingResets.find((r) => r.tokenHash === c.data.tokenHash);
    if (!pending || millis(pending.expiresAt) <= millis(now)) throw UserErrors.invalidResetToken();
    if (s.status === 'suspended') throw UserErrors.suspended();
    if (s.status === 'inactive') throw UserErrors.inactive();
    if (pending.claim) return claimAccount(c, s, id, pending.claim);
    return [
      {
        type: 'UserPasswordChanged',
        data: { userId: id, passwordHash: c.data.passwordHash, reason: 'reset', resetTokenHash: c.data.tokenHash, changedAt: now },
      },
    ];
  }

  /**
   * Following a claim link proves the mailbox: the new password replaces the unverified holder's (which ends
   * every session they had), the email is verified, and the name and role become the claim's.
   */
  function claimAccount(c: ResetPassword, s: UserState, id: string, terms: AccountClaimTerms): UserEvent[] {
    const events: UserEvent[] = [
      { type: 'UserPasswordChanged', data: { userId: id, passwordHash: c.data.passwordHash, reason: 'claim', resetTokenHash: c.data.tokenHash, changedAt: now } },
    ];
    if (!s.emailVerified) events.push({ type: 'UserEmailVerified', data: { userId: id, email: s.email, tokenHash: c.data.tokenHash, verifiedAt: now } });
    if (terms.fullName !== s.fullName) events.push({ type: 'UserProfileUpdated', data: { userId: id, changes: { fullName: terms.fullName }, updatedAt: now } });
    if (terms.role !== s.role || s.isSuperuser) events.push({ type: 'UserRoleChanged', data: { userId: id, role: terms.role, isSuperuser: false, changedAt: now } });
    return events;
  }

  /** Nothing to do once verified; a suspended or inactive account gets no link. */
  function requestVerification(c: RequestEmailVerification, s: UserState, id: string): UserEvent[] {
    if (s.emailVerified) return [];
    if (s.status === 'suspended') throw UserErrors.suspended();
    if (s.status === 'inactive') throw UserErrors.inactive();
    if (millis(c.data.expiresAt) <= millis(now)) throw UserErrors.invalid('expiresAt', 'must be in the future');
    return [
      {
        type: 'EmailVerificationRequested',
        data: { userId: id, email: s.email, tokenHash: c.data.tokenHash, expiresAt: c.data.expiresAt, requestedAt: now },
      },
    ];
  }

  /** One use: a verification spends every pending link. */
  function verifyEmail(c: VerifyEmail, s: UserState, id: string): UserEvent[] {
    const pending = s.pendingVerifications.find((v) => v.tokenHash === c.data.tokenHash);
    if (!pending || millis(pending.expiresAt) <= millis(now)) throw UserErrors.invalidVerificationToken();
    if (s.status === 'suspended') throw UserErrors.suspended();
    if (s.status === 'inactive') throw UserErrors.inactive();
    return [{ type: 'UserEmailVerified', data: { userId: id, email: s.email, tokenHash: c.data.tokenHash, verifiedAt: now } }];
  }

  function recordFailure(c: RecordLoginFailure, s: UserState, id: string): UserEvent[] {
    const client = c.data.client;
    // Failures while locked neither count nor extend the lock: the lock always lifts on time.
    if (lockedForSeconds(s, now, client) > 0) return [];
    const { maxFailures, windowSeconds, lockoutSeconds } = c.data.policy;
    const windowStart = millis(now) - windowSeconds * 1000;
    const inWindow = s.recentFailures.filter((f) => f.client === (client ?? '') && millis(f.at) > windowStart).length + 1;
    const keyed = client === undefined ? {} : { client };
    const events: UserEvent[] = [{ type: 'LoginFailed', data: { userId: id, failedAt: now, ...keyed } }];
    if (maxFailures > 0 && inWindow >= maxFailures) {
      events.push({ type: 'UserLockedOut', data: { userId: id, lockedAt: now, lockedUntil: addSeconds(now, lockoutSeconds), ...keyed } });
    }
    return events;
  }

  function recordLogin(c: RecordLogin, s: UserState, id: string): UserEvent[] {
    const locked = lockedForSeconds(s, now, c.data.client);
    if (locked > 0) throw UserErrors.accountLocked(locked);
    if (s.status === 'suspended') throw UserErrors.suspended();
    if (s.status === 'inactive') throw UserErrors.inactive();
    return [{ type: 'UserLoggedIn', data: { userId: id, sessionId: c.data.sessionId, loggedInAt: now } }];
  }
}

export function evolveUser(state: UserState, event: UserEvent): UserState {
  const next = evolveFields(state, event);
  return TOKEN_REVOKING_EVENTS.has(event.type) ? { ...next, tokenEpoch: state.tokenEpoch + 1 } : next;
}

function evolveFields(state: UserState, event: UserEvent): UserState {
  switch (event.type) {
    case 'UserRegistered': {
      const d = event.data;
      return {
        ...state,
        exists: true,
        userId: d.userId,
        email: d.email,
        username: d.username,
        fullName: d.fullName,
        role: d.role,
        isSuperuser: d.isSuperuser,
        status: 'active',
        passwordHash: d.passwordHash,
      };
    }
    case 'UserProfileUpdated':
      return { ...state, fullName: event.data.changes.fullName ?? state.fullName };
    case 'UserRoleChanged':
      return { ...state, role: event.data.role, isSuperuser: event.data.isSuperuser };
    case 'UserDeactivated':
      return { ...state, status: 'inactive' };
    case 'UserSuspended':
      return { ...state, status: 'suspended' };
    case 'UserActivated':
      return { ...state, status: 'active', locks: {}, recentFailures: [] };
    case 'UserDeleted':
      return { ...state, deleted: true, pendingResets: [] };
    case 'PasswordResetRequested':
      return {
        ...state,
        pendingResets: [
          ...state.pendingResets,
          { tokenHash: event.data.tokenHash, expiresAt: event.data.expiresAt, ...(event.data.claim ? { claim: event.data.claim } : {}) },
        ],
      };
    case 'UserPasswordChanged':
      // Any other pending reset was asked for the old password: spent with it.
      return { ...state, passwordHash: event.data.passwordHash, pendingResets: [], locks: {}, recentFailures: [] };
    case 'EmailVerificationRequested':
      return {
        ...state,
        pendingVerifications: [...state.pendingVerifications, { tokenHash: event.data.tokenHash, expiresAt: event.data.expiresAt }],
      };
    case 'UserEmailVerified':
      return { ...state, emailVerified: true, pendingVerifications: [] };
    case 'LoginFailed':
      return {
        ...state,
        recentFailures: [...state.recentFailures, { at: event.data.failedAt, client: event.data.client ?? '' }].slice(-MAX_REMEMBERED_FAILURES),
      };
    case 'UserLockedOut': {
      const client = event.data.client ?? '';
      return { ...state, locks: { ...state.locks, [client]: event.data.lockedUntil }, recentFailures: state.recentFailures.filter((f) => f.client !== client) };
    }
    case 'UserLoggedIn':
      return { ...state, recentFailures: [], locks: {} };
    default:
      return assertNever(event);
  }
}

export const userDecider: Decider<UserState, UserCommand, UserEvent> = {
  initialState: initialUserState,
  decide: decideUser,
  evolve: evolveUser,
};
