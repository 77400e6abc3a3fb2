import { assertNever, Decider } from '../shared/decider';
import { IdentityCommand } from './identity.types';
import { UserErrors } from './user.errors';
import { UserKeyEvent, UserKeyKind } from './user-key.events';

export type ClaimUserKey = IdentityCommand<'ClaimUserKey', { readonly kind: UserKeyKind; readonly value: string; readonly userId: string }>;
export type ReleaseUserKey = IdentityCommand<'ReleaseUserKey', { readonly kind: UserKeyKind; readonly value: string; readonly userId: string }>;
export type UserKeyCommand = ClaimUserKey | ReleaseUserKey;

export interface UserKeyState {
  /** The user holding the value, or null when it is free. */
  readonly holder: string | null;
}

export function decideUserKey(command: UserKeyCommand, state: UserKeyState): UserKeyEvent[] {
  const { kind, value, userId } = command.data;
  const now = command.metadata.now;
  switch (command.type) {
    case 'ClaimUserKey':
      if (state.holder === userId) return [];
      if (state.holder !== null) throw kind === 'email' ? UserErrors.emailTaken() : UserErrors.usernameTaken();
      return [{ type: 'UserKeyClaimed', data: { kind, value, userId, claimedAt: now } }];
    case 'ReleaseUserKey':
      // Only the holder releases: a late rollback must not free a value someone else has since claimed.
      if (state.holder !== userId) return [];
      return [{ type: 'UserKeyReleased', data: { kind, value, userId, releasedAt: now } }];
    default:
      return assertNever(command);
  }
}

export function evolveUserKey(_state: UserKeyState, event: UserKeyEvent): UserKeyState {
  switch (event.type) {
    case 'UserKeyClaimed':
      return { holder: event.data.userId };
    case 'UserKeyReleased':
      return { holder: null };
    default:
      return assertNever(event);
  }
}

export const userKeyDecider: Decider<UserKeyState, UserKeyCommand, UserKeyEvent> = {
  initialState: () => ({ holder: null }),
  decide: decideUserKey,
  evolve: evolveUserKey,
};
