import { Command } from '@nestjs/cqrs';
import { AuthenticatedUser } from '../../identity/authenticated-user';

export interface IssuedRoomToken {
  readonly interviewId: string;
  readonly roomName: string;
  readonly token: string;
  /** The LiveKit server URL clients connect to. */
  readonly url: string;
  readonly expiresAt: string;
  readonly identity: string;
  readonly participantName: string;
  readonly role: 'host' | 'guest';
}

export interface RoomTokenOptions {
  /** `caller`: a token for the caller; `candidate`: a guest token for the interview's candidate (S1). */
  readonly participant: 'caller' | 'candidate';
  readonly participantName?: string | null;
  /** `auto`: host for the owner or a superuser, guest for the candidate. Only they may ask for host. */
  readonly role?: 'host' | 'guest' | 'auto';
  readonly canPublish?: boolean;
  readonly canSubscribe?: boolean;
}

/**
 * A LiveKit token for the room of an interview the caller may join (found by id or by room name).
 * A command, not a query: it makes sure the room exists on the LiveKit server.
 */
export class IssueRoomTokenCommand extends Command<IssuedRoomToken> {
  constructor(
    readonly viewer: AuthenticatedUser,
    readonly target: { readonly interviewId: string } | { readonly roomName: string },
    readonly options: RoomTokenOptions,
  ) {
    super();
  }
}
