/** Real-time rooms (LiveKit): one room per interview, tokens with grants by role. */
export interface RoomTokenRequest {
  readonly roomName: string;
  /** Unique participant identity (e.g. the user id, or `guest-<uuid>`). */
  readonly identity: string;
  /** Display name. */
  readonly name: string;
  /** A host (the interview's owner) may administer the room; a guest may publish and subscribe. */
  readonly role: 'host' | 'guest';
  readonly canPublish?: boolean;
  readonly canSubscribe?: boolean;
  readonly ttlSeconds?: number;
}

export interface RoomToken {
  readonly token: string;
  readonly roomName: string;
  /** The LiveKit server URL clients connect to (LIVEKIT_URL). */
  readonly url: string;
  readonly expiresAt: string;
}

/** A verified webhook from the LiveKit server, reduced to what the interview records. */
export interface RoomWebhookEvent {
  readonly id: string;
  readonly kind: 'participant_joined' | 'participant_left' | 'room_finished' | 'room_started' | 'other';
  readonly roomName: string;
  readonly participantIdentity?: string;
  readonly participantName?: string;
  readonly occurredAt: string;
}

export interface LiveKitPort {
  /** False while the key pair is the public `livekit-server --dev` one: every webhook is then refused. */
  readonly acceptsWebhooks: boolean;
  issueToken(request: RoomTokenRequest): Promise<RoomToken>;
  /** Creates the room through the room service when a LiveKit server is configured; a no-op otherwise. */
  ensureRoom(roomName: string, options?: { emptyTimeoutSeconds?: number; maxParticipants?: number }): Promise<void>;
  /** Verifies the signature (Authorization header) and parses the body; throws DomainError 'unauthorized' if forged. */
  receiveWebhook(rawBody: string, authorizationHeader: string | undefined): Promise<RoomWebhookEvent>;
}

export const LIVEKIT = Symbol('LIVEKIT');
