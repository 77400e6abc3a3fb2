import { startTestApp, TestApp } from './test-app';
import { WsTestClient } from './ws-test-client';

/** What a journey spec walks on: a fresh app of its own, and the sockets its users join on it. */
export interface JourneyApp {
  /** The app, started before the journey's tests (a fresh DATA_DIR). */
  readonly app: TestApp;
  /** Connects a socket to `path` (with its query) on the app and waits for its `connected` message. */
  join(path: string): Promise<WsTestClient>;
}

/**
 * Called in a journey's describe: starts the app (with `env`) before its tests; after them, closes every socket
 * joined and then the app (which fails the file when an answer drifted from the OpenAPI document).
 */
export function journeyApp(env: Record<string, string> = {}): JourneyApp {
  let app: TestApp | undefined;
  const sockets: WsTestClient[] = [];
  beforeAll(async () => {
    app = await startTestApp(env);
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await app?.close();
  });
  const started = (): TestApp => {
    if (!app) throw new Error('the journey app starts in beforeAll: use it in a test');
    return app;
  };
  return {
    get app() {
      return started();
    },
    async join(path) {
      const socket = await WsTestClient.connect(`${started().url.replace(/^http/, 'ws')}${path}`);
      sockets.push(socket);
      await socket.next('connected');
      return socket;
    },
  };
}
