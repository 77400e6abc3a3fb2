import { createHash } from 'node:crypto';
import type { RoomServiceClient, VideoGrant, WebhookEvent, WebhookReceiver } from 'livekit-server-sdk';
import { LiveKitPort, RoomToken, RoomTokenRequest, RoomWebhookEvent } from '@candor/application';
import { DomainError } from '@candor/domain';

export interface LiveKitConfig {
  /** What clients connect to (LIVEKIT_URL). */
  readonly url: string;
  /** The server's HTTP URL for the room service (LIVEKIT_HOST); null = no server to create rooms on. */
  readonly host: string | null;
  readonly apiKey: string;
  readonly apiSecret: string;
  readonly tokenTtlSeconds: number;
}

/**
 * The key pair `livekit-server --dev` starts with. Only for local development: a production deployment
 * sets LIVEKIT_API_KEY / LIVEKIT_API_SECRET to its own pair, or anyone could mint tokens for its rooms.
 */
export const LIVEKIT_DEV_API_KEY = 'devkey';
export const LIVEKIT_DEV_API_SECRET = 'secret';

const DEFAULT_TTL_SECONDS = 3600;

export function liveKitConfigFromEnv(env: NodeJS.ProcessEnv = process.env): LiveKitConfig {
  const ttl = Number.parseInt(env.LIVEKIT_TOKEN_TTL ?? '', 10);
  return {
    url: env.LIVEKIT_URL || 'ws://localhost:7880',
    host: env.LIVEKIT_HOST || null,
    apiKey: env.LIVEKIT_API_KEY || LIVEKIT_DEV_API_KEY,
    apiSecret: env.LIVEKIT_API_SECRET || LIVEKIT_DEV_API_SECRET,
    tokenTtlSeconds: Number.isFinite(ttl) && ttl > 0 ? ttl : DEFAULT_TTL_SECONDS,
  };
}

/** LiveKit through its server SDK: join tokens with grants by role, room creation, signed webhooks. */
export class LiveKitAdapter implements LiveKitPort {
  private roomService: RoomServiceClient | null = null;
  private webhookReceiver: WebhookReceiver | null = null;

  constructor(private readonly config: LiveKitConfig) {}

  /** The SDK, loaded on the first token or webhook rather than at every start of the server. */
  private get sdk(): typeof import('livekit-server-sdk') {
    return require('livekit-server-sdk') as typeof import('livekit-server-sdk');
  }

  private get rooms(): RoomServiceClient | null {
    if (!this.config.host) return null;
    return (this.roomService ??= new this.sdk.RoomServiceClient(this.config.host, this.config.apiKey, this.config.apiSecret));
  }

  private get webhooks(): WebhookReceiver {
    return (this.webhookReceiver ??= new this.sdk.WebhookReceiver(this.config.apiKey, this.config.apiSecret));
  }

  async issueToken(request: RoomTokenRequest): Promise<RoomToken> {
    const token = new this.sdk.AccessToken(this.config.apiKey, this.config.apiSecret, {
      identity: request.identity,
      name: request.name,
      ttl: request.ttlSeconds && request.ttlSeconds > 0 ? request.ttlSeconds : this.config.tokenTtlSeconds,
    });
    token.addGrant(grantFor(request));
    const jwt = await token.toJwt();
    return { token: jwt, roomName: request.roomName, url: this.config.url, expiresAt: expiryOf(jwt) };
  }

  async ensureRoom(roomName: string, options: { emptyTimeoutSeconds?: number; maxParticipants?: number } = {}): Promise<void> {
    if (!this.rooms) return;
    try {
      // Creating a room that already exists returns it: safe to call before every token.
      await this.rooms.createRoom({
        name: roomName,
        ...(options.emptyTimeoutSeconds !== undefined ? { emptyTimeout: options.emptyTimeoutSeconds } : {}),
        ...(options.maxParticipants !== undefined ? { maxParticipants: options.maxParticipants } : {}),
      });
    } catch (error) {
      throw new DomainError('LIVEKIT.UNAVAILABLE', `The LiveKit server could not create the room: ${(error as Error).message}`, 'unavailable');
    }
  }

  get acceptsWebhooks(): boolean {
    return !usesDevelopmentKeys(this.config);
  }

  async receiveWebhook(rawBody: string, authorizationHeader: string | undefined): Promise<RoomWebhookEvent> {
    // Anyone can sign with the public `--dev` pair: without a real key no webhook can be told from a forgery.
    if (!this.acceptsWebhooks) {
      throw new DomainError('LIVEKIT.INVALID_WEBHOOK', 'Webhook refused: no LiveKit key pair is configured (set LIVEKIT_API_KEY and LIVEKIT_API_SECRET)', 'unauthorized');
    }
    let event: WebhookEvent;
    try {
      // LiveKit sends the bare JWT; accept a `Bearer ` prefix too, which some proxies add.
      const header = authorizationHeader?.replace(/^Bearer\s+/i, '');
      event = await this.webhooks.receive(rawBody, header);
    } catch (error) {
      throw new DomainError('LIVEKIT.INVALID_WEBHOOK', `Webhook refused: ${(error as Error).message}`, 'unauthorized');
    }
    const createdAt = Number(event.createdAt);
    return {
      // LiveKit gives every webhook a unique id; the body's hash keeps redeliveries idempotent if one lacks it.
      id: event.id || createHash('sha256').update(rawBody).digest('hex'),
      kind: kindOf(event.event),
      roomName: event.room?.name ?? event.egressInfo?.roomName ?? '',
      ...(event.participant ? { participantIdentity: event.participant.identity, participantName: event.participant.name } : {}),
      occurredAt: (createdAt > 0 ? new Date(createdAt * 1000) : new Date()).toISOString(),
    };
  }
}

/** True when either half of the key pair is the public `livekit-server --dev` one. */
export function usesDevelopmentKeys(config: Pick<LiveKitConfig, 'apiKey' | 'apiSecret'>): boolean {
  return config.apiKey === LIVEKIT_DEV_API_KEY || config.apiSecret === LIVEKIT_DEV_API_SECRET;
}

/** A host runs the room; a guest publishes and subscribes unless told otherwise. */
function grantFor(request: RoomTokenRequest): VideoGrant {
  if (request.role === 'host') {
    return { room: request.roomName, roomJoin: true, roomAdmin: true, canPublish: true, canSubscribe: true, canPublishData: true };
  }
  return { room: request.roomName, roomJoin: true, canPublish: request.canPublish ?? true, canSubscribe: request.canSubscribe ?? true };
}

function kindOf(name: string): RoomWebhookEvent['kind'] {
  switch (name) {
    case 'participant_joined':
    case 'participant_left':
    case 'room_finished':
    case 'room_started':
      return name;
    default:
      return 'other';
  }
}

/** The token's own `exp` claim, so the answer states exactly what the LiveKit server will enforce. */
function expiryOf(jwt: string): string {
  const payload = JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as { exp: number };
  return new Date(payload.exp * 1000).toISOString();
}
