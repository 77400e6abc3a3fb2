import { WebSocket, WebSocketServer } from 'ws';
import { startTestApp, UNCHECKED_RESPONSES } from '../test/support/test-app';
import { BenchRow, log, row } from './bench-table';
import { createInterviews, recruiterToken } from './bench-client';

async function connectAll(url: string, count: number, onMessage: (data: string) => void): Promise<WebSocket[]> {
  const sockets: WebSocket[] = [];
  for (let i = 0; i < count; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, count - i) }, () =>
        new Promise<WebSocket>((resolve, reject) => {
          const ws = new WebSocket(url);
          ws.on('message', (data) => onMessage(data.toString()));
          ws.once('open', () => resolve(ws));
          ws.once('error', reject);
        }),
      ),
    );
    sockets.push(...batch);
  }
  return sockets;
}

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 5));
  }
  return true;
}

/**
 * WebSocket fan-out: code updates sent on /ws/session/{id} (recorded as events, relayed from the event feed)
 * delivered to 1,000 connected clients, against a bare `ws` server broadcasting the same payloads.
 */
export async function runWsFanoutBench(): Promise<BenchRow[]> {
  const clients = Number(process.env.BENCH_WS_CLIENTS ?? 1000);
  const messages = Number(process.env.BENCH_WS_MESSAGES ?? 50);
  const app = await startTestApp({}, undefined, UNCHECKED_RESPONSES);
  try {
    const token = await recruiterToken(app.url, 'bench-ws@example.com');
    const [id] = await createInterviews(app.url, token, 1);
    const wsUrl = `${app.url.replace('http', 'ws')}/ws/session/${id}?token=${token}`;
    let received = 0;
    const sockets = await connectAll(wsUrl, clients, (data) => {
      if (data.includes('"code_update"')) received += 1;
    });
    const sender = (await connectAll(wsUrl, 1, () => undefined))[0];
    await new Promise((r) => setTimeout(r, 500));
    log(`ws: ${sockets.length} clients connected`);
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < messages; i += 1) {
      sender.send(JSON.stringify({ type: 'code_update', data: { code: `print(${i})`, language: 'python' } }));
    }
    const complete = await until(() => received >= clients * messages, 120_000);
    const appSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    log(`ws: delivered ${received} of ${clients * messages} in ${appSeconds.toFixed(2)} s`);
    [...sockets, sender].forEach((s) => s.terminate());

    const bare = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((r) => bare.once('listening', r));
    const port = (bare.address() as { port: number }).port;
    let bareReceived = 0;
    const bareSockets = await connectAll(`ws://127.0.0.1:${port}`, clients, () => (bareReceived += 1));
    const payload = JSON.stringify({ type: 'code_update', data: { session_id: id, code: 'print(1)', language: 'python', timestamp: new Date().toISOString() } });
    const b0 = process.hrtime.bigint();
    for (let i = 0; i < messages; i += 1) bare.clients.forEach((c) => c.send(payload));
    await until(() => bareReceived >= clients * messages, 60_000);
    const bareSeconds = Number(process.hrtime.bigint() - b0) / 1e9;
    bareSockets.forEach((s) => s.terminate());
    await new Promise((r) => bare.close(r));
    return [
      row('WebSocket fan-out', `messages/s to ${clients} clients`, received / appSeconds, 'msg/s', 'bare ws broadcast', bareReceived / bareSeconds, complete ? `${messages} code updates, each recorded as an event` : `incomplete: ${received} of ${clients * messages}`),
    ];
  } finally {
    await app.close();
  }
}
