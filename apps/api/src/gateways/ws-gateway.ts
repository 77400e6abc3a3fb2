import type { RecordedEvent } from '@candor/contracts';
import type { WsMessage } from '@candor/contracts/ws/ws-messages';
import type { AuthenticatedUser } from '@candor/application';

/** One authenticated WebSocket connection, as a gateway sees it. */
export interface WsClient {
  /** Unique across processes (a UUID). */
  readonly id: string;
  readonly user: AuthenticatedUser;
  /** The route's path parameters (`/ws/session/:id` → `{id}`). */
  readonly params: Readonly<Record<string, string>>;
  send(message: WsMessage): void;
  /** True when this connection's own message caused the event (to spare the sender its echo). */
  caused(event: RecordedEvent): boolean;
}

/** What a gateway keeps for one connection once it has admitted it. */
export interface WsChannel {
  /** Fields added to the `{type:"connected"}` message. */
  readonly hello?: Readonly<Record<string, unknown>>;
  /** Every inbound message except `auth` and `ping`, one at a time in arrival order. */
  onMessage?(message: WsMessage): Promise<void>;
  onClose?(): void;
}

/**
 * A WebSocket route. `open` decides whether this user may use this route (throw a DomainError: 'forbidden'
 * closes with 4403, 'not_found' 4404, 'unauthorized' 4401) and subscribes the client to what it should receive.
 */
export interface WsGateway {
  /** A path pattern such as `/ws/session/:id`. */
  readonly path: string;
  /**
   * A route's own credential, tried when the token is not a valid access token (S3's interview socket takes
   * the interview's `invite_token`): the principal it stands for, or null to refuse with 4401.
   */
  authenticate?(token: string, params: Readonly<Record<string, string>>): Promise<AuthenticatedUser | null>;
  open(client: WsClient): Promise<WsChannel>;
}

export const WS_GATEWAYS = Symbol('WS_GATEWAYS');
