import { createHmac } from 'node:crypto';
import { IncomingHttpHeaders } from 'node:http';
import { RecordingServer } from '@candor/testing/recording-server';

/** What the webhook specs share: a local receiver, the README's signature check, and polling until done. */
export interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A local receiver: records every request and answers with the next planned status (200 once the plan runs out). */
export class Receiver {
  private readonly plan: number[] = [];
  private readonly server = new RecordingServer((_request, res) => {
    const status = this.plan.shift() ?? 200;
    res.writeHead(status, { 'Content-Type': 'text/plain' }).end(status === 200 ? 'ok' : 'receiver unavailable');
  });

  get url(): string {
    return this.server.url;
  }

  get received(): Received[] {
    return this.server.received.map(({ headers, body }) => ({ headers, body: body.toString('utf8') }));
  }

  start(): Promise<void> {
    return this.server.start('/hooks');
  }

  failNext(...statuses: number[]): void {
    this.plan.push(...statuses);
  }

  async waitFor(count: number, timeoutMs = 10_000): Promise<Received[]> {
    const until = Date.now() + timeoutMs;
    while (this.server.received.length < count) {
      if (Date.now() > until) throw new Error(`expected ${count} deliveries, got ${this.server.received.length}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.received;
  }

  close(): Promise<void> {
    return this.server.stop();
  }
}

/** The receiver's check, as the README shows it: recompute v1 over "<t>.<raw body>" and compare. */
export function verify(secret: string, header: string, body: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=') as [string, string]));
  const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest('hex');
  return parts.v1 === expected && Math.abs(Date.now() / 1000 - Number(parts.t)) < 300;
}

export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}
