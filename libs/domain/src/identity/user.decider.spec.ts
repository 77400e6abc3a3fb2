import { fold } from '../shared/decider';
import { UserCommand } from './user.commands';
import { lockedForSeconds, userDecider } from './user.decider';
import { UserEvent, UserRegistered } from './user.events';
import { givenWhenThen } from '@candor/testing';

const ID = '6c1f2a9e-8b7d-4c6e-9f10-1a2b3c4d5e6f';
const ADMIN = '0a0a0a0a-8b7d-4c6e-9f10-1a2b3c4d5e6f';
const T0 = '2026-01-10T09:00:00.000Z';
const NOW = '2026-01-15T14:00:00.000Z';
const HASH = 'scrypt$1024$8$1$c2FsdA==$aGFzaA==';
const POLICY = { maxFailures: 3, windowSeconds: 900, lockoutSeconds: 600 };

const given = givenWhenThen(userDecider);

const cmd = <T extends UserCommand['type']>(type: T, data: Extract<UserCommand, { type: T }>['data'], now = NOW) =>
  ({ type, data, metadata: { now } }) as Extract<UserCommand, { type: T }>;

const asAdmin = { userId: ADMIN, isAdmin: true };
const asSelf = { userId: ID, isAdmin: false };

const registered: UserRegistered = {
  type: 'UserRegistered',
  data: {
    userId: ID,
    email: 'jane@example.com',
    username: 'Jane',
    fullName: 'Jane Doe',
    role: 'recruiter',
    isSuperuser: false,
    passwordHash: HASH,
    registeredAt: T0,
  },
};

const registration = {
  userId: ID,
  email: '  Jane@Example.COM ',
  username: 'Jane',
  fullName: ' Jane Doe ',
  role: 'recruiter' as const,
  isSuperuser: false,
  passwordHash: HASH,
};

describe('user decider', () => {
  describe('registration', () => {
    it('registers with a normalised email and a trimmed name', () =>
      given([]).when(cmd('RegisterUser', registration, T0)).then([registered]));

    it('refuses a second registration on the same stream', () =>
      given([registered]).when(cmd('RegisterUser', registration)).thenThrows('USER.ALREADY_EXISTS', 'conflict'));

    it.each([
      ['email', { email: 'not-an-email' }],
      ['username', { username: 'a@b' }],
      ['username', { username: 'ab' }],
      ['full_name', { fullName: 'x'.repeat(201) }],
      ['role', { role: 'owner' }],
    ])('refuses an invalid %s', (_field, change) =>
      given([]).when(cmd('RegisterUser', { ...registration, ...(change as object) })).thenThrows('USER.INVALID', 'invalid'));
  });

  describe('updates', () => {
    it('records only the fields that change', () =>
      given([registered])
        .when(cmd('UpdateUser', { actor: asSelf, fullName: 'Jane Q. Doe', role: 'recruiter', isActive: true }))
        .then([{ type: 'UserProfileUpdated', data: { userId: ID, changes: { fullName: 'Jane Q. Doe' }, updatedAt: NOW } }]));

    it('changes nothing when nothing differs', () =>
      given([registered]).when(cmd('UpdateUser', { actor: asSelf, fullName: 'Jane Doe' })).then([]));

    it.each([
      ['is_active', { isActive: false }],
      ['role', { role: 'admin' as const }],
      ['is_superuser', { isSuperuser: true }],
    ])('lets only an admin change %s', (_field, change) =>
      given([registered]).when(cmd('UpdateUser', { actor: asSelf, ...change })).thenThrows('USER.ADMIN_ONLY', 'forbidden'));

    it('lets an admin change the role and deactivate in one decision', () =>
      given([registered])
        .when(cmd('UpdateUser', { actor: asAdmin, role: 'interviewer', isActive: false }))
        .then([
          { type: 'UserRoleChanged', data: { userId: ID, role: 'interviewer', isSuperuser: false, changedAt: NOW } },
          { type: 'UserDeactivated', data: { userId: ID, deactivatedAt: NOW } },
        ]));

    it('does not let an admin demote or deactivate themselves', () => {
      const self = { ...registered, data: { ...registered.data, userId: ID, role: 'admin' as const } };
      given([self]).when(cmd('UpdateUser', { actor: { userId: ID, isAdmin: true }, role: 'recruiter' })).thenThrows('USER.NOT_ON_YOURSELF');
      given([self]).when(cmd('UpdateUser', { actor: { userId: ID, isAdmin: true }, isActive: false })).thenThrows('USER.NOT_ON_YOURSELF');
    });
  });

  describe('suspension, activation, deletion', () => {
    const suspended: UserEvent = { type: 'UserSuspended', data: { userId: ID, reason: 'spam', suspendedAt: T0 } };

    it('suspends with a reason', () =>
      given([registered])
        .when(cmd('SuspendUser', { actor: asAdmin, reason: '  spam ' }))
        .then([{ type: 'UserSuspended', data: { userId: ID, reason: 'spam', suspendedAt: NOW } }]));

    it('needs a reason and an admin', () => {
      given([registered]).when(cmd('SuspendUser', { actor: asAdmin, reason: '  ' })).thenThrows('USER.INVALID');
      given([registered]).when(cmd('SuspendUser', { actor: asSelf, reason: 'x' })).thenThrows('USER.ADMIN_ONLY', 'forbidden');
    });

    it('suspending twice changes nothing; activation lifts it', () => {
      given([registered, suspended]).when(cmd('SuspendUser', { actor: asAdmin, reason: 'again' })).then([]);
      given([registered, suspended])
        .when(cmd('ActivateUser', { actor: asAdmin }))
        .then([{ type: 'UserActivated', data: { userId: ID, activatedAt: NOW } }]);
      given([registered]).when(cmd('ActivateUser', { actor: asAdmin })).then([]);
    });

    it('moves the token epoch on each revoking fact (and not on activation)', () => {
      const state = fold(userDecider, [
        registered,
        suspended,
        { type: 'UserActivated', data: { userId: ID, activatedAt: NOW } },
        { type: 'UserDeactivated', data: { userId: ID, deactivatedAt: NOW } },
      ]);
      expect(state.tokenEpoch).toBe(2);
      expect(state.status).toBe('inactive');
    });

    it('deletes, carrying the email and username to release, and is gone afterwards', () => {
      const deleted: UserEvent = { type: 'UserDeleted', data: { userId: ID, email: 'jane@example.com', username: 'Jane', deletedAt: NOW } };
      given([registered]).when(cmd('DeleteUser', { actor: asAdmin })).then([deleted]);
      given([registered, deleted]).when(cmd('UpdateUser', { actor: asAdmin, fullName: 'x' })).thenThrows('USER.NOT_FOUND', 'not_found');
      given([registered, deleted]).when(cmd('RecordLogin', { sessionId: 's' })).thenThrows('USER.NOT_FOUND');
    });

    it('refuses commands on a user that never existed', () =>
      given([]).when(cmd('SuspendUser', { actor: asAdmin, reason: 'x' })).thenThrows('USER.NOT_FOUND', 'not_found'));
  });

  describe('login and lockout', () => {
    const failed = (at: string): UserEvent => ({ type: 'LoginFailed', data: { userId: ID, failedAt: at } });
    const at = (minute: number) => `2026-01-15T14:${String(minute).padStart(2, '0')}:00.000Z`;

    it('records a failure', () =>
      given([registered]).when(cmd('RecordLoginFailure', { policy: POLICY }, at(0))).then([failed(at(0))]));

    it('locks the account on the last allowed failure within the window', () =>
      given([registered, failed(at(0)), failed(at(1))])
        .when(cmd('RecordLoginFailure', { policy: POLICY }, at(2)))
        .then([
          failed(at(2)),
          { type: 'UserLockedOut', data: { userId: ID, lockedAt: at(2), lockedUntil: at(12) } },
        ]));

    it('forgets failures older than the window', () =>
      given([registered, failed('2026-01-15T13:00:00.000Z'), failed(at(1))])
        .when(cmd('RecordLoginFailure', { policy: POLICY }, at(2)))
        .then([failed(at(2))]));

    it('refuses a login while locked, neither counting nor extending failures meanwhile, and lifts the lock on time', () => {
      const locked: UserEvent[] = [
        registered,
        failed(at(0)),
        failed(at(1)),
        failed(at(2)),
        { type: 'UserLockedOut', data: { userId: ID, lockedAt: at(2), lockedUntil: at(12) } },
      ];
      given(locked).when(cmd('RecordLogin', { sessionId: 's' }, at(5))).thenThrows('AUTH.ACCOUNT_LOCKED', 'unauthorized');
      given(locked).when(cmd('RecordLoginFailure', { policy: POLICY }, at(5))).then([]);
      expect(lockedForSeconds(fold(userDecider, locked), at(11))).toBe(60);
      given(locked)
        .when(cmd('RecordLogin', { sessionId: 's' }, at(12)))
        .then([{ type: 'UserLoggedIn', data: { userId: ID, sessionId: 's', loggedInAt: at(12) } }]);
    });

    it('a successful login clears the failure count', () => {
      const events: UserEvent[] = [
        registered,
        failed(at(0)),
        failed(at(1)),
        { type: 'UserLoggedIn', data: { userId: ID, sessionId: 's', loggedInAt: at(2) } },
      ];
      given(events).when(cmd('RecordLoginFailure', { policy: POLICY }, at(3))).then([failed(at(3))]);
    });

    it('refuses suspended and deactivated accounts', () => {
      given([registered, { type: 'UserSuspended', data: { userId: ID, reason: 'x', suspendedAt: T0 } }])
        .when(cmd('RecordLogin', { sessionId: 's' }))
        .thenThrows('USER.SUSPENDED', 'forbidden');
      given([registered, { type: 'UserDeactivated', data: { userId: ID, deactivatedAt: T0 } }])
        .when(cmd('RecordLogin', { sessionId: 's' }))
        .thenThrows('USER.INACTIVE', 'forbidden');
    });
  });

  describe('password reset', () => {
    const requested: UserEvent = {
      type: 'PasswordResetRequested',
      data: { userId: ID, tokenHash: 'h1', expiresAt: '2026-01-15T15:00:00.000Z', requestedAt: NOW },
    };
    const changed: UserEvent = {
      type: 'UserPasswordChanged',
      data: { userId: ID, passwordHash: 'new', reason: 'reset', resetTokenHash: 'h1', changedAt: NOW },
    };

    it('records the token hash and its expiry', () =>
      given([registered]).when(cmd('RequestPasswordReset', { tokenHash: 'h1', expiresAt: '2026-01-15T15:00:00.000Z' })).then([requested]));

    it('changes the password with a pending token', () =>
      given([registered, requested]).when(cmd('ResetPassword', { tokenHash: 'h1', passwordHash: 'new' })).then([changed]));

    it('a token works once', () =>
      given([registered, requested, changed])
        .when(cmd('ResetPassword', { tokenHash: 'h1', passwordHash: 'again' }))
        .thenThrows('AUTH.INVALID_RESET_TOKEN', 'invalid'));

    it('an expired or unknown token is refused', () => {
      given([registered, requested])
        .when(cmd('ResetPassword', { tokenHash: 'h1', passwordHash: 'new' }, '2026-01-15T15:00:00.000Z'))
        .thenThrows('AUTH.INVALID_RESET_TOKEN');
      given([registered, requested]).when(cmd('ResetPassword', { tokenHash: 'other', passwordHash: 'new' })).thenThrows('AUTH.INVALID_RESET_TOKEN');
    });

    it('a reset revokes every token issued before (the epoch moves on) and spends other pending tokens', () => {
      const second: UserEvent = { ...requested, data: { ...requested.data, tokenHash: 'h2' } } as UserEvent;
      const state = fold(userDecider, [registered, requested, second, changed]);
      expect(state.tokenEpoch).toBe(1);
      expect(state.pendingResets).toEqual([]);
      expect(state.passwordHash).toBe('new');
    });

    describe('account claim (someone registered with the address of an unverified account)', () => {
      const terms = { fullName: 'Real Owner', role: 'candidate' as const };
      const claimRequested: UserEvent = { type: 'PasswordResetRequested', data: { ...requested.data, claim: terms } } as UserEvent;
      const verified: UserEvent = { type: 'UserEmailVerified', data: { userId: ID, email: 'jane@example.com', tokenHash: 'v1', verifiedAt: T0 } };
      /** What following the claim link decides (the row below pins it down). */
      const claimed: UserEvent[] = [
        { type: 'UserPasswordChanged', data: { userId: ID, passwordHash: 'new', reason: 'claim', resetTokenHash: 'h1', changedAt: NOW } },
        { type: 'UserEmailVerified', data: { userId: ID, email: 'jane@example.com', tokenHash: 'h1', verifiedAt: NOW } },
        { type: 'UserProfileUpdated', data: { userId: ID, changes: { fullName: 'Real Owner' }, updatedAt: NOW } },
        { type: 'UserRoleChanged', data: { userId: ID, role: 'candidate', isSuperuser: false, changedAt: NOW } },
      ];

      it('records a claim link with its terms', () =>
        given([registered]).when(cmd('RequestPasswordReset', { tokenHash: 'h1', expiresAt: '2026-01-15T15:00:00.000Z', claim: { ...terms, fullName: ' Real Owner ' } })).then([claimRequested]));

      it('keeps one outstanding claim link per address', () =>
        given([registered, claimRequested]).when(cmd('RequestPasswordReset', { tokenHash: 'h2', expiresAt: '2026-01-15T15:00:00.000Z', claim: terms })).then([]));

      it('sends a new one once the last expired', () =>
        given([registered, claimRequested])
          .when(cmd('RequestPasswordReset', { tokenHash: 'h2', expiresAt: '2026-01-15T16:00:00.000Z', claim: terms }, '2026-01-15T15:00:00.000Z'))
          .then([{ type: 'PasswordResetRequested', data: { userId: ID, tokenHash: 'h2', expiresAt: '2026-01-15T16:00:00.000Z', requestedAt: '2026-01-15T15:00:00.000Z', claim: terms } }]));

      it('a verified account cannot be claimed', () =>
        given([registered, verified]).when(cmd('RequestPasswordReset', { tokenHash: 'h1', expiresAt: '2026-01-15T15:00:00.000Z', claim: terms })).then([]));

      it('refuses a role that is not self-service', () =>
        given([registered])
          .when(cmd('RequestPasswordReset', { tokenHash: 'h1', expiresAt: '2026-01-15T15:00:00.000Z', claim: { ...terms, role: 'admin' } }))
          .thenThrows('USER.INVALID', 'invalid'));

      it('following the link sets the password, verifies the email, and takes the claim\'s name and role', () =>
        given([registered, claimRequested])
          .when(cmd('ResetPassword', { tokenHash: 'h1', passwordHash: 'new' }))
          .then(claimed));

      it('a claim ends every session of the previous holder (the epoch moves on)', () => {
        const state = fold(userDecider, [registered, claimRequested, ...claimed]);
        expect(state).toMatchObject({ tokenEpoch: 1, emailVerified: true, fullName: 'Real Owner', role: 'candidate', pendingResets: [] });
      });
    });

    it('a suspended account gets no reset', () =>
      given([registered, { type: 'UserSuspended', data: { userId: ID, reason: 'x', suspendedAt: T0 } }])
        .when(cmd('RequestPasswordReset', { tokenHash: 'h1', expiresAt: '2026-01-15T15:00:00.000Z' }))
        .thenThrows('USER.SUSPENDED'));
  });
});
