import WebSocket, { ClientOptions } from 'ws';
import { WsMessageChecker } from './ws-message-check';

export interface WsClosed {
  readonly code: number;
  readonly reason: string;
}

type Json = Record<string, unknown> & { type?: string };

const checker = new WsMessageChecker();

/**
 * A `ws` client for tests: records every message and the close, and waits for them with a deadline
 * (a test never hangs on a message that does not come; it fails saying what it waited for). Every message
 * either way and the close code are checked against the AsyncAPI document: a drift fails the next wait.
 */
export class WsTestClient {
  readonly messages: Json[] = [];
  closed: WsClosed | null = null;
  readonly socket: WebSocket;
  /** What this connection exchanged that /asyncapi.json does not describe. */
  readonly drift: string[] = [];
  private readonly channel: string | null;
  private readonly waiters = new Set<() => void>();

  private constructor(url: string, options?: ClientOptions) {
    this.socket = new WebSocket(url, options);
    this.channel = checker.channelOf(url);
    this.socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as Json;
      if (this.channel) this.drift.push(...checker.check(this.channel, 'toClient', message));
      this.messages.push(message);
      this.notify();
    });
    this.socket.on('close', (code, reason) => {
      if (this.channel) this.drift.push(...checker.checkClose(this.channel, code));
      this.closed = { code, reason: reason.toString() };
      this.notify();
    });
    this.socket.on('error', () => this.notify());
  }

  /** Connects; resolves once the upgrade succeeded (rejects with the HTTP status when it was refused). */
  static connect(url: string, options?: ClientOptions): Promise<WsTestClient> {
    const client = new WsTestClient(url, options);
    return new Promise((resolve, reject) => {
      client.socket.once('open', () => resolve(client));
      client.socket.once('unexpected-response', (_request, response) => {
        reject(Object.assign(new Error(`upgrade refused: ${response.statusCode}`), { statusCode: response.statusCode }));
      });
      client.socket.once('error', reject);
    });
  }

  /** Sends a message the channel documents (checked against its schema). */
  send(message: object): void {
    if (this.channel) this.drift.push(...checker.check(this.channel, 'fromClient', message));
    this.socket.send(JSON.stringify(message));
  }

  /** Sends what the protocol does not allow (malformed JSON, an unknown type, a bad field), to test refusals. */
  sendInvalid(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The first message (received so far or later) of this type that matches `where`. */
  async next(type: string, where: (message: Json) => boolean = () => true, timeoutMs = 5000): Promise<Json> {
    let found: Json | undefined;
    await this.until(() => (found = this.messages.find((m) => m.type === type && where(m))) !== undefined, `a "${type}" message`, timeoutMs);
    return found!;
  }

  async closeCode(timeoutMs = 5000): Promise<WsClosed> {
    await this.until(() => this.closed !== null, 'the socket to close', timeoutMs);
    return this.closed!;
  }

  close(): void {
    if (this.socket.readyState === WebSocket.OPEN || this.socket.readyState === WebSocket.CONNECTING) this.socket.close();
  }

  get isOpen(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  /** Fails with every message or close code exchanged so far that the AsyncAPI document does not describe. */
  assertNoDrift(): void {
    if (this.drift.length > 0) throw new Error(`WebSocket traffic that drifts from /asyncapi.json:\n${this.drift.join('\n')}`);
  }

  private async until(condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
    await this.wait(condition, what, timeoutMs);
    this.assertNoDrift();
  }

  private wait(condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!condition()) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; got ${JSON.stringify(this.messages)}, closed: ${JSON.stringify(this.closed)}`));
      }, timeoutMs);
      this.waiters.add(check);
    });
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
