import type { IncomingMessage, Server as HttpServer } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { TokenVerifier } from '@candor/application';
import { WsGateway } from './ws-gateway';
import { WsPathRouter } from './ws-path-router';
import { WsConnection, WsLogger } from './ws-connection';
import { WsConnectionLimiter } from './ws-connection-limiter';

export interface WsServerOptions {
  /** How long a client without `?token=` has to send `{type:"auth"}` (CONTRACTS.md: 5 s). */
  readonly authTimeoutMs?: number;
  /** Protocol pings; a client that misses one is disconnected. */
  readonly pingIntervalMs?: number;
  /** Null: no per-user limit. */
  readonly maxConnectionsPerUser?: number | null;
  /** On shutdown, how long clients get to answer the 1001 close before their sockets are cut. */
  readonly shutdownGraceMs?: number;
  readonly maxPayloadBytes?: number;
  readonly maxBufferedBytes?: number;
  /** Inbound messages per second per connection (bursts of twice as many). */
  readonly maxMessagesPerSecond?: number;
  /** How often every connection's credential is checked again (logout, suspension, deletion close it with 4401). */
  readonly recheckIntervalMs?: number;
}

const DEFAULTS = {
  authTimeoutMs: 5000,
  pingIntervalMs: 30_000,
  maxConnectionsPerUser: null,
  shutdownGraceMs: 2000,
  // A code_update carries at most the 200 000 characters of a submission; 256 KiB leaves room for its JSON.
  maxPayloadBytes: 256 * 1024,
  maxBufferedBytes: 8 * 1024 * 1024,
  maxMessagesPerSecond: 20,
  recheckIntervalMs: 5_000,
} satisfies Required<WsServerOptions>;

/**
 * Plain RFC 6455 WebSockets on the API's own HTTP server: takes over its `upgrade` event, routes each
 * request path to a gateway (an unknown path is answered 404 before any upgrade) and owns every
 * connection's lifetime, keepalive and shutdown.
 */
export class WsServer {
  private readonly options: Required<WsServerOptions>;
  private readonly router = new WsPathRouter<WsGateway>();
  private readonly wss: WebSocketServer;
  private readonly limiter: WsConnectionLimiter;
  private readonly connections = new Set<WsConnection>();
  private readonly drained: (() => void)[] = [];
  private http: HttpServer | null = null;
  private pingTimer: NodeJS.Timeout | null = null;
  private recheckTimer: NodeJS.Timeout | null = null;
  private closing = false;

  constructor(
    gateways: readonly WsGateway[],
    private readonly verifier: TokenVerifier | null,
    private readonly logger: WsLogger,
    options: WsServerOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    for (const gateway of gateways) this.router.add(gateway.path, gateway);
    this.limiter = new WsConnectionLimiter(this.options.maxConnectionsPerUser);
    this.wss = new WebSocketServer({ noServer: true, maxPayload: this.options.maxPayloadBytes, clientTracking: false });
  }

  get paths(): string[] {
    return this.router.patterns;
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  attach(server: HttpServer): void {
    if (this.http) throw new Error('The WebSocket server is already attached');
    this.http = server;
    server.on('upgrade', this.onUpgrade);
    this.pingTimer = setInterval(() => this.connections.forEach((c) => c.heartbeat()), this.options.pingIntervalMs);
    this.pingTimer.unref();
    this.recheckTimer = setInterval(() => this.connections.forEach((c) => void c.recheck()), this.options.recheckIntervalMs);
    this.recheckTimer.unref();
  }

  /** Closes every connection with 1001, waits for them (up to the grace period), then cuts the rest. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    if (this.pingTimer) clearInterval(this.pingTimer);
    if (this.recheckTimer) clearInterval(this.recheckTimer);
    this.http?.off('upgrade', this.onUpgrade);
    for (const connection of this.connections) connection.goAway();
    if (this.connections.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => this.drained.push(resolve)),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, this.options.shutdownGraceMs);
        }),
      ]);
      clearTimeout(timer);
      for (const connection of this.connections) connection.terminate();
    }
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private readonly onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (this.closing) return rejectUpgrade(socket, 503, 'The server is shutting down');
    // Parsed by hand: `new URL('//host/x', base)` would read the first segment as a host name.
    const url = request.url ?? '/';
    const queryAt = url.indexOf('?');
    const path = queryAt === -1 ? url : url.slice(0, queryAt);
    const search = queryAt === -1 ? '' : url.slice(queryAt + 1);
    const match = this.router.match(path);
    if (!match) return rejectUpgrade(socket, 404, `No WebSocket endpoint at ${path}`);
    const token = new URLSearchParams(search).get('token');
    this.wss.handleUpgrade(request, socket, head, (ws) => {
      const connection = new WsConnection(ws, {
        gateway: match.value,
        params: match.params,
        verifier: this.verifier,
        limiter: this.limiter,
        logger: this.logger,
        authTimeoutMs: this.options.authTimeoutMs,
        maxBufferedBytes: this.options.maxBufferedBytes,
        maxMessagesPerSecond: this.options.maxMessagesPerSecond,
        onFinished: (finished) => this.forget(finished),
      });
      this.connections.add(connection);
      connection.start(token);
    });
  };

  private forget(connection: WsConnection): void {
    this.connections.delete(connection);
    if (this.connections.size === 0) this.drained.splice(0).forEach((resolve) => resolve());
  }
}

/** An HTTP answer on the raw socket instead of `101 Switching Protocols`. */
function rejectUpgrade(socket: Duplex, status: number, detail: string): void {
  const body = JSON.stringify({ detail });
  socket.on('error', () => socket.destroy());
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      'Connection: close\r\nContent-Type: application/json\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
