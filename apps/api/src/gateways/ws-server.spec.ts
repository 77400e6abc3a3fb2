import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import type { WsMessage } from '@candor/contracts/ws/ws-messages';
import { AuthenticatedUser, requestContext, TokenVerifier } from '@candor/application';
import { DomainError } from '@candor/domain';
import { WsTestClient } from '../../../../test/support/ws-test-client';
import { WsChannel, WsClient, WsGateway } from './ws-gateway';
import { WsServer, WsServerOptions } from './ws-server';

const users: Record<string, AuthenticatedUser> = {
  'token-ada': user('ada'),
  'token-bob': user('bob'),
};

function user(name: string): AuthenticatedUser {
  return {
    id: `id-${name}`,
    email: `${name}@example.com`,
    username: name,
    fullName: name,
    role: 'recruiter',
    isSuperuser: false,
    isActive: true,
    emailVerified: true,
    via: 'jwt',
  };
}

const verifier: TokenVerifier = {
  async verifyAccessToken(token) {
    const found = users[token];
    if (!found) throw new DomainError('AUTH.INVALID_TOKEN', 'Could not validate credentials', 'unauthorized');
    return found;
  },
};

/** Echo room: admits everyone but `bob` to room `open`; answers `echo` with the request id it ran under. */
class RoomGateway implements WsGateway {
  readonly path = '/ws/room/:room';
  readonly clients = new Set<WsClient>();
  closedChannels = 0;

  async open(client: WsClient): Promise<WsChannel> {
    if (client.params.room === 'missing') throw new DomainError('ROOM.NOT_FOUND', 'No such room', 'not_found');
    if (client.params.room === 'broken') throw new Error('database down');
    if (client.user.id === 'id-bob') throw new DomainError('ROOM.FORBIDDEN', 'Bob may not enter', 'forbidden');
    // Sent during admission: must reach the client after `connected`.
    client.send({ type: 'welcome', room: client.params.room });
    this.clients.add(client);
    return {
      hello: { room: client.params.room },
      onMessage: async (message: WsMessage) => {
        if (message.type === 'fail') throw new DomainError('ROOM.REFUSED', 'Refused on purpose', 'conflict');
        if (message.type === 'crash') throw new Error('unexpected');
        if (message.type === 'slow') await new Promise((resolve) => setTimeout(resolve, 50));
        client.send({ type: 'echo', of: message, requestId: requestContext.current()?.requestId });
      },
      onClose: () => {
        this.clients.delete(client);
        this.closedChannels++;
      },
    };
  }
}

/** A route that only broadcasts. */
class SilentGateway implements WsGateway {
  readonly path = '/ws/feed';
  async open(): Promise<WsChannel> {
    return {};
  }
}

describe('WsServer', () => {
  let http: Server;
  let server: WsServer;
  let gateway: RoomGateway;
  let base: string;
  const clients: WsTestClient[] = [];
  const logs: { level: string; msg: string }[] = [];

  async function start(options: WsServerOptions = {}, withVerifier: TokenVerifier | null = verifier): Promise<void> {
    http = createServer((_req, res) => res.writeHead(200).end('http'));
    gateway = new RoomGateway();
    server = new WsServer([gateway, new SilentGateway()], withVerifier, { entry: (level, msg) => logs.push({ level, msg }) }, options);
    server.attach(http);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    base = `ws://127.0.0.1:${(http.address() as AddressInfo).port}`;
  }

  async function connect(path: string): Promise<WsTestClient> {
    const client = await WsTestClient.connect(`${base}${path}`);
    clients.push(client);
    return client;
  }

  afterEach(async () => {
    clients.splice(0).forEach((c) => c.close());
    await server.close();
    await new Promise((resolve) => http.close(resolve));
    logs.splice(0);
  });

  describe('routing', () => {
    beforeEach(() => start());

    it('when the path matches no route, then the upgrade is refused with 404', async () => {
      await expect(WsTestClient.connect(`${base}/ws/nowhere/1?token=token-ada`)).rejects.toMatchObject({ statusCode: 404 });
      await expect(WsTestClient.connect(`${base}/ws/room?token=token-ada`)).rejects.toMatchObject({ statusCode: 404 });
    });

    it('when the path matches, with or without a trailing slash, then the params reach the gateway', async () => {
      const a = await connect('/ws/room/lobby?token=token-ada');
      expect(await a.next('connected')).toEqual({ type: 'connected', user_id: 'id-ada', room: 'lobby' });
      const b = await connect('/ws/room/caf%C3%A9/?token=token-ada');
      expect((await b.next('connected')).room).toBe('café');
    });

    it('plain HTTP requests are untouched', async () => {
      const response = await fetch(base.replace('ws:', 'http:') + '/ws/room/lobby');
      expect(await response.text()).toBe('http');
    });
  });

  describe('authentication', () => {
    it('given ?token=, then the client is admitted and gateway messages sent during admission follow "connected"', async () => {
      await start();
      const client = await connect('/ws/room/lobby?token=token-ada');
      await client.next('welcome');
      expect(client.messages.map((m) => m.type)).toEqual(['connected', 'welcome']);
    });

    it('given a first {type:"auth"} message, then the client is admitted', async () => {
      await start();
      const client = await connect('/ws/room/lobby');
      client.send({ type: 'auth', token: 'token-ada' });
      expect(await client.next('connected')).toMatchObject({ user_id: 'id-ada' });
    });

    it('messages sent right behind the auth message are handled once admitted, in order', async () => {
      await start();
      const client = await connect('/ws/room/lobby');
      client.send({ type: 'auth', token: 'token-ada' });
      client.send({ type: 'slow', n: 1 });
      client.send({ type: 'hello', n: 2 });
      await client.next('echo', (m) => (m.of as { n: number }).n === 2);
      expect(client.messages.filter((m) => m.type === 'echo').map((m) => (m.of as { n: number }).n)).toEqual([1, 2]);
    });

    it.each([
      ['an invalid ?token=', '/ws/room/lobby?token=forged', undefined],
      ['an invalid token in the auth message', '/ws/room/lobby', { type: 'auth', token: 'forged' }],
      ['an auth message without a token', '/ws/room/lobby', { type: 'auth' }],
      ['another message first', '/ws/room/lobby', { type: 'hello' }],
    ])('given %s, then the socket is closed with 4401', async (_label, path, first) => {
      await start();
      const client = await connect(path);
      if (first) client.send(first);
      expect((await client.closeCode()).code).toBe(4401);
      expect(gateway.clients.size).toBe(0);
    });

    it('given no auth message within the timeout, then 4401', async () => {
      await start({ authTimeoutMs: 100 });
      const client = await connect('/ws/room/lobby');
      const closed = await client.closeCode();
      expect(closed.code).toBe(4401);
      expect(closed.reason).toMatch(/timeout/i);
    });

    it('given no token verifier bound, then every client is refused with 4401', async () => {
      await start({}, null);
      const client = await connect('/ws/room/lobby?token=token-ada');
      expect((await client.closeCode()).code).toBe(4401);
    });

    it('malformed JSON before authenticating gets an error and the client may still authenticate', async () => {
      await start();
      const client = await connect('/ws/room/lobby');
      client.sendInvalid('{not json');
      expect((await client.next('error')).message).toMatch(/JSON/);
      client.send({ type: 'auth', token: 'token-ada' });
      await client.next('connected');
    });
  });

  describe('authorization by the gateway', () => {
    beforeEach(() => start());

    it.each([
      ['forbidden', 4403, '/ws/room/lobby?token=token-bob'],
      ['not found', 4404, '/ws/room/missing?token=token-ada'],
      ['failing unexpectedly', 1011, '/ws/room/broken?token=token-ada'],
    ])('when the gateway answers %s, then the close code is %s', async (_label, code, path) => {
      const client = await connect(path);
      const closed = await client.closeCode();
      expect(closed.code).toBe(code);
      expect(client.messages.find((m) => m.type === 'connected')).toBeUndefined();
    });
  });

  describe('messages', () => {
    beforeEach(() => start());

    it('malformed JSON, a non-object, a message without type, binary: an error each, and the socket stays open', async () => {
      const client = await connect('/ws/room/lobby?token=token-ada');
      await client.next('connected');
      client.sendInvalid('{"type": ');
      client.sendInvalid('[1,2]');
      client.send({ data: 1 });
      client.socket.send(Buffer.from([1, 2, 3]), { binary: true });
      client.send({ type: 'hello' });
      await client.next('echo');
      expect(client.messages.filter((m) => m.type === 'error')).toHaveLength(4);
      expect(client.isOpen).toBe(true);
    });

    it('a domain error answers {type:"error", message, code}; an unexpected one a generic error; the socket stays open', async () => {
      const client = await connect('/ws/room/lobby?token=token-ada');
      client.send({ type: 'fail' });
      expect(await client.next('error')).toEqual({ type: 'error', message: 'Refused on purpose', code: 'ROOM.REFUSED' });
      client.send({ type: 'crash' });
      await client.next('error', (m) => m.message === 'Internal error');
      client.send({ type: 'hello' });
      await client.next('echo');
      expect(logs.some((l) => l.level === 'error' && l.msg === 'websocket message failed')).toBe(true);
    });

    it('each message runs in its own request context, tagged with the connection', async () => {
      const client = await connect('/ws/room/lobby?token=token-ada');
      client.send({ type: 'a' });
      client.send({ type: 'b' });
      const b = await client.next('echo', (m) => (m.of as WsMessage).type === 'b');
      const a = await client.next('echo', (m) => (m.of as WsMessage).type === 'a');
      expect(a.requestId).toMatch(/^ws:[0-9a-f-]{36}:1$/);
      expect(b.requestId).toBe(String(a.requestId).replace(/:1$/, ':2'));
      const [connection] = gateway.clients;
      const event = (causationId: string) => ({ metadata: { causationId } }) as never;
      expect(connection.caused(event(String(a.requestId)))).toBe(true);
      expect(connection.caused(event('ws:someone-else:1'))).toBe(false);
    });

    it('{type:"ping"} is answered with {type:"pong"}', async () => {
      const client = await connect('/ws/room/lobby?token=token-ada');
      client.send({ type: 'ping' });
      await client.next('pong');
    });

    it('a route without inbound messages says so', async () => {
      const client = await connect('/ws/feed?token=token-ada');
      await client.next('connected');
      client.send({ type: 'hello' });
      expect((await client.next('error')).message).toMatch(/does not accept messages/);
    });

    it('when a client leaves, its channel is closed', async () => {
      const client = await connect('/ws/room/lobby?token=token-ada');
      await client.next('connected');
      expect(gateway.clients.size).toBe(1);
      client.close();
      await client.closeCode();
      await until(() => gateway.closedChannels === 1);
      expect(gateway.clients.size).toBe(0);
      expect(server.connectionCount).toBe(0);
    });
  });

  describe('per-user connection limit', () => {
    it('given a limit of 2, then the third connection of a user is closed with 4429; others are unaffected; a slot frees on close', async () => {
      await start({ maxConnectionsPerUser: 2 });
      const first = await connect('/ws/room/lobby?token=token-ada');
      await first.next('connected');
      const second = await connect('/ws/room/lobby?token=token-ada');
      await second.next('connected');

      const third = await connect('/ws/room/lobby?token=token-ada');
      expect((await third.closeCode()).code).toBe(4429);
      // A refused connection (4403) does not hold a slot either.
      const bob = await connect('/ws/room/lobby?token=token-bob');
      expect((await bob.closeCode()).code).toBe(4403);
      const bobAgain = await connect('/ws/feed?token=token-bob');
      await bobAgain.next('connected');

      first.close();
      await first.closeCode();
      await until(() => server.connectionCount === 2);
      const fourth = await connect('/ws/room/lobby?token=token-ada');
      await fourth.next('connected');
    });

    it('given no limit, then many connections are fine', async () => {
      await start({ maxConnectionsPerUser: null });
      const many = await Promise.all(Array.from({ length: 8 }, () => connect('/ws/feed?token=token-ada')));
      await Promise.all(many.map((c) => c.next('connected')));
    });
  });

  describe('keepalive and shutdown', () => {
    it('a client that stops answering pings is disconnected', async () => {
      await start({ pingIntervalMs: 50 });
      const deaf = await WsTestClient.connect(`${base}/ws/feed?token=token-ada`, { autoPong: false });
      clients.push(deaf);
      const healthy = await connect('/ws/feed?token=token-ada');
      await deaf.next('connected');
      expect((await deaf.closeCode(2000)).code).toBe(1006);
      expect(healthy.isOpen).toBe(true);
    });

    it('on close, every client (admitted or still authenticating) gets 1001 and new upgrades are refused', async () => {
      await start();
      const admitted = await connect('/ws/room/lobby?token=token-ada');
      await admitted.next('connected');
      const waiting = await connect('/ws/room/lobby');

      await server.close();

      expect((await admitted.closeCode()).code).toBe(1001);
      expect((await waiting.closeCode()).code).toBe(1001);
      expect(gateway.closedChannels).toBe(1);
      await expect(WsTestClient.connect(`${base}/ws/room/lobby?token=token-ada`)).rejects.toThrow();
    });
  });
});

async function until(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
