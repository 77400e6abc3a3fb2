import { randomUUID } from 'node:crypto';
import WebSocket, { RawData } from 'ws';
import type { RecordedEvent } from '@candor/contracts';
import type { WsAuthMessage, WsConnectedMessage, WsErrorMessage, WsMessage, WsPongMessage } from '@candor/contracts/ws/ws-messages';
import { AuthenticatedUser, requestContext, TokenVerifier } from '@candor/application';
import { DomainError } from '@candor/domain';
import { WsChannel, WsClient, WsGateway } from './ws-gateway';
import { closeCodeFor, closeReason, WS_CLOSE } from './ws-close-codes';
import { parseInbound } from './ws-inbound-message';
import { WsConnectionLimiter } from './ws-connection-limiter';

export interface WsLogger {
  entry(level: 'debug' | 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>): void;
}

export interface WsConnectionDeps {
  readonly gateway: WsGateway;
  readonly params: Readonly<Record<string, string>>;
  readonly verifier: TokenVerifier | null;
  readonly limiter: WsConnectionLimiter;
  readonly logger: WsLogger;
  readonly authTimeoutMs: number;
  /** Past this much unsent data the client is not keeping up: it is disconnected rather than buffered without end. */
  readonly maxBufferedBytes: number;
  /** Inbound messages per second a connection may send (a burst of twice as many is allowed); past it each is refused. */
  readonly maxMessagesPerSecond: number;
  /** Called once, when the socket has closed. */
  readonly onFinished: (connection: WsConnection) => void;
}

type State = 'authenticating' | 'opening' | 'open' | 'closing' | 'closed';

/**
 * One socket from upgrade to close: authentication (`?token=` or a first `{type:"auth"}` message), the
 * per-user limit, the gateway's admission, then JSON messages handled one at a time in arrival order.
 */
export class WsConnection implements WsClient {
  readonly id = randomUUID();
  private state: State = 'authenticating';
  private principal: AuthenticatedUser | null = null;
  private channel: WsChannel | null = null;
  private channelClosed = false;
  private holdsSlot = false;
  private verifying = false;
  private authTimer: NodeJS.Timeout | null = null;
  /** Inbound messages that arrive while authentication or admission is still running. */
  private inbox: WsMessage[] = [];
  /** Outbound messages a gateway sends while it is admitting the client: they follow `connected`. */
  private outbox: WsMessage[] = [];
  private queue: Promise<void> = Promise.resolve();
  private sequence = 0;
  private alive = true;
  /** The credential the connection was admitted with: checked again before each message and periodically. */
  private credential: { token: string; viaRoute: boolean } | null = null;
  private tokens: number;
  private refilledAt = Date.now();

  constructor(
    private readonly socket: WebSocket,
    private readonly deps: WsConnectionDeps,
  ) {
    this.tokens = 2 * deps.maxMessagesPerSecond;
  }

  /**
   * Closes the connection (4401) once its credential no longer holds: the user logged out, was suspended,
   * deactivated or deleted, or changed their password. Answers whether it still holds.
   */
  async recheck(): Promise<boolean> {
    if (this.state !== 'open' && this.state !== 'opening') return false;
    if (!this.credential) return true;
    const { token, viaRoute } = this.credential;
    let valid: boolean;
    try {
      valid = viaRoute ? (await this.routeCredential(token)) !== null : !!(await this.deps.verifier?.verifyAccessToken(token));
    } catch {
      valid = false;
    }
    if (!valid) this.refuse(WS_CLOSE.UNAUTHORIZED, 'Session ended (logged out, suspended or deleted): authenticate again');
    return valid;
  }

  get user(): AuthenticatedUser {
    if (!this.principal) throw new Error('The connection is not authenticated yet');
    return this.principal;
  }

  get params(): Readonly<Record<string, string>> {
    return this.deps.params;
  }

  start(queryToken: string | null): void {
    this.socket.on('message', (data, isBinary) => this.receive(data, isBinary));
    this.socket.on('close', () => this.closed());
    this.socket.on('error', (error) => this.deps.logger.entry('debug', 'websocket error', { connectionId: this.id, error: error.message }));
    this.socket.on('pong', () => {
      this.alive = true;
    });
    if (queryToken) {
      void this.authenticate(queryToken);
    } else {
      this.authTimer = setTimeout(
        () => this.refuse(WS_CLOSE.UNAUTHORIZED, 'Authentication timeout: send {"type":"auth","token":"..."} first'),
        this.deps.authTimeoutMs,
      );
    }
  }

  send(message: WsMessage): void {
    if (this.state === 'opening') this.outbox.push(message);
    else if (this.state === 'open') this.write(message);
  }

  caused(event: RecordedEvent): boolean {
    return typeof event.metadata.causationId === 'string' && event.metadata.causationId.startsWith(`ws:${this.id}:`);
  }

  /** Protocol-level keepalive: a socket that did not answer the previous ping is dead. */
  heartbeat(): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    if (!this.alive) {
      this.socket.terminate();
      return;
    }
    this.alive = false;
    this.socket.ping();
  }

  goAway(): void {
    this.refuse(WS_CLOSE.GOING_AWAY, 'Server shutting down');
  }

  terminate(): void {
    this.socket.terminate();
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.state === 'closing' || this.state === 'closed') return;
    if (!this.takeToken()) {
      this.write(errorMessage(`Too many messages: at most ${this.deps.maxMessagesPerSecond} per second on one connection`, 'WS.RATE_LIMITED'));
      return;
    }
    if (isBinary) {
      this.write(errorMessage('Binary frames are not supported: send JSON text'));
      return;
    }
    const parsed = parseInbound(rawText(data));
    if ('error' in parsed) {
      this.write(errorMessage(parsed.error));
      return;
    }
    const message = parsed.message;
    if (message.type === 'ping') {
      this.write({ type: 'pong' } satisfies WsPongMessage);
      return;
    }
    if (this.state === 'authenticating' && !this.verifying) {
      const token = message.type === 'auth' ? (message as Partial<WsAuthMessage>).token : undefined;
      if (message.type !== 'auth') {
        this.refuse(WS_CLOSE.UNAUTHORIZED, 'Authentication required: send {"type":"auth","token":"..."} first');
      } else if (typeof token !== 'string' || token === '') {
        this.refuse(WS_CLOSE.UNAUTHORIZED, 'The auth message carries no token');
      } else {
        void this.authenticate(token);
      }
      return;
    }
    // Already authenticated (or being authenticated by `?token=`): a repeated auth message changes nothing.
    if (message.type === 'auth') return;
    if (this.state === 'open') this.dispatch(message);
    else this.inbox.push(message);
  }

  private async authenticate(token: string): Promise<void> {
    this.verifying = true;
    this.clearAuthTimer();
    let user: AuthenticatedUser;
    try {
      if (!this.deps.verifier) throw new DomainError('AUTH.UNAVAILABLE', 'Authentication is not available on this server', 'unauthorized');
      user = await this.deps.verifier.verifyAccessToken(token);
      this.credential = { token, viaRoute: false };
    } catch (error) {
      const routeUser = await this.routeCredential(token);
      if (!routeUser) {
        if (!(error instanceof DomainError)) this.deps.logger.entry('warn', 'websocket token verification failed', { error: String(error) });
        this.refuse(WS_CLOSE.UNAUTHORIZED, error instanceof DomainError ? error.message : 'Could not validate credentials');
        return;
      }
      user = routeUser;
      this.credential = { token, viaRoute: true };
    }
    if (this.state !== 'authenticating') return;
    if (!this.deps.limiter.tryAcquire(user.id)) {
      this.refuse(WS_CLOSE.TOO_MANY_CONNECTIONS, 'Too many WebSocket connections for this user');
      return;
    }
    this.holdsSlot = true;
    this.principal = user;
    this.state = 'opening';
    await this.admit();
  }

  /** The gateway's own credential for this token, if it has one (never throws: a failure is a refusal). */
  private async routeCredential(token: string): Promise<AuthenticatedUser | null> {
    if (!this.deps.gateway.authenticate) return null;
    try {
      return await this.deps.gateway.authenticate(token, this.deps.params);
    } catch (error) {
      if (!(error instanceof DomainError)) this.deps.logger.entry('warn', 'websocket route credential check failed', { error: String(error) });
      return null;
    }
  }

  private async admit(): Promise<void> {
    let channel: WsChannel;
    try {
      channel = await this.deps.gateway.open(this);
    } catch (error) {
      if (!(error instanceof DomainError)) {
        this.deps.logger.entry('error', 'websocket gateway failed to open', { path: this.deps.gateway.path, error: String(error) });
      }
      this.refuse(closeCodeFor(error), error instanceof DomainError ? error.message : 'Internal error');
      return;
    }
    this.channel = channel;
    if (this.state !== 'opening') {
      // The client left (or the server began shutting down) while the gateway was admitting it.
      if (this.state === 'closed') this.closeChannel();
      return;
    }
    this.state = 'open';
    this.write({ type: 'connected', user_id: this.user.id, ...channel.hello } satisfies WsConnectedMessage);
    for (const message of this.outbox.splice(0)) this.write(message);
    for (const message of this.inbox.splice(0)) this.dispatch(message);
  }

  private dispatch(message: WsMessage): void {
    this.queue = this.queue.then(() => this.handle(message));
  }

  private async handle(message: WsMessage): Promise<void> {
    const channel = this.channel;
    if (this.state !== 'open' || !channel) return;
    const onMessage = channel.onMessage?.bind(channel);
    if (!onMessage) {
      this.write(errorMessage(`This endpoint does not accept messages (got "${message.type}")`));
      return;
    }
    // A message is acted on only while its sender's session holds (no write after a logout).
    if (!(await this.recheck())) return;
    // Events this message causes carry this id as their causation id (see `caused`).
    const requestId = `ws:${this.id}:${++this.sequence}`;
    try {
      await requestContext.run(
        { requestId, correlationId: requestId, userId: this.user.id, writtenPosition: null, readModelsCurrent: true },
        () => onMessage(message),
      );
    } catch (error) {
      if (error instanceof DomainError) {
        this.write(errorMessage(error.message, error.code));
      } else {
        this.deps.logger.entry('error', 'websocket message failed', { path: this.deps.gateway.path, type: message.type, error: String(error) });
        this.write(errorMessage('Internal error'));
      }
    }
  }

  private write(message: WsMessage): void {
    if (this.socket.readyState !== WebSocket.OPEN) return;
    if (this.socket.bufferedAmount > this.deps.maxBufferedBytes) {
      this.refuse(WS_CLOSE.POLICY_VIOLATION, 'Client too slow: messages are not being read');
      return;
    }
    this.socket.send(serialize(message));
  }

  private refuse(code: number, reason: string): void {
    if (this.state === 'closing' || this.state === 'closed') return;
    this.state = 'closing';
    this.clearAuthTimer();
    this.inbox = [];
    this.outbox = [];
    this.socket.close(code, closeReason(reason));
  }

  private closed(): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.clearAuthTimer();
    if (this.holdsSlot && this.principal) this.deps.limiter.release(this.principal.id);
    this.holdsSlot = false;
    this.closeChannel();
    this.deps.onFinished(this);
  }

  private closeChannel(): void {
    if (!this.channel || this.channelClosed) return;
    this.channelClosed = true;
    this.channel.onClose?.();
  }

  /** Token bucket: `maxMessagesPerSecond` a second, bursts of twice that. */
  private takeToken(): boolean {
    const now = Date.now();
    const rate = this.deps.maxMessagesPerSecond;
    this.tokens = Math.min(2 * rate, this.tokens + ((now - this.refilledAt) / 1000) * rate);
    this.refilledAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  private clearAuthTimer(): void {
    if (this.authTimer) clearTimeout(this.authTimer);
    this.authTimer = null;
  }
}

function errorMessage(message: string, code?: string): WsErrorMessage {
  return code === undefined ? { type: 'error', message } : { type: 'error', message, code };
}

/** A message fanned out to many clients is the same object for each: serialize it once. */
const serialized = new WeakMap<WsMessage, string>();

function serialize(message: WsMessage): string {
  let text = serialized.get(message);
  if (text === undefined) serialized.set(message, (text = JSON.stringify(message)));
  return text;
}

function rawText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}
