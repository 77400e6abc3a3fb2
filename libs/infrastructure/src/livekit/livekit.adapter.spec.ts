import { createHash } from 'node:crypto';
import { AccessToken, TokenVerifier } from 'livekit-server-sdk';
import { DomainError } from '@candor/domain';
import { RecordingServer } from '@candor/testing/recording-server';
import { LiveKitAdapter, LiveKitConfig, liveKitConfigFromEnv } from './livekit.adapter';

const config: LiveKitConfig = {
  url: 'wss://rooms.example.test',
  host: null,
  apiKey: 'test-key',
  apiSecret: 'test-secret-of-sufficient-length',
  tokenTtlSeconds: 3600,
};
const verifier = new TokenVerifier(config.apiKey, config.apiSecret);

/** Signs a webhook body the way the LiveKit server does: a JWT from the API key whose sha256 claim is the body's hash. */
async function signWebhook(body: string, key = config.apiKey, secret = config.apiSecret): Promise<string> {
  const token = new AccessToken(key, secret);
  token.sha256 = createHash('sha256').update(body).digest('base64');
  return token.toJwt();
}

describe('LiveKitAdapter', () => {
  describe('liveKitConfigFromEnv', () => {
    it('given no variables, then the local dev server and its dev key pair', () => {
      expect(liveKitConfigFromEnv({})).toEqual({
        url: 'ws://localhost:7880',
        host: null,
        apiKey: 'devkey',
        apiSecret: 'secret',
        tokenTtlSeconds: 3600,
      });
    });

    it('given every variable, then each is used', () => {
      expect(
        liveKitConfigFromEnv({
          LIVEKIT_URL: 'wss://lk.example.com',
          LIVEKIT_HOST: 'https://lk.example.com',
          LIVEKIT_API_KEY: 'k',
          LIVEKIT_API_SECRET: 's',
          LIVEKIT_TOKEN_TTL: '600',
        }),
      ).toEqual({ url: 'wss://lk.example.com', host: 'https://lk.example.com', apiKey: 'k', apiSecret: 's', tokenTtlSeconds: 600 });
    });
  });

  describe('issueToken', () => {
    const adapter = new LiveKitAdapter(config);

    it('when a host token is issued, then it admits that identity to that room with admin grants', async () => {
      const before = Math.floor(Date.now() / 1000);
      const issued = await adapter.issueToken({ roomName: 'interview-abc', identity: 'user-1', name: 'Ada', role: 'host' });

      const claims = await verifier.verify(issued.token);
      expect(claims.sub).toBe('user-1');
      expect(claims.name).toBe('Ada');
      expect(claims.video).toEqual({
        room: 'interview-abc',
        roomJoin: true,
        roomAdmin: true,
        canPublish: true,
        canSubscribe: true,
        canPublishData: true,
      });
      expect(issued).toMatchObject({ roomName: 'interview-abc', url: 'wss://rooms.example.test' });
      expect(claims.exp! - before).toBeGreaterThanOrEqual(3600);
      expect(claims.exp! - before).toBeLessThanOrEqual(3601);
      expect(issued.expiresAt).toBe(new Date(claims.exp! * 1000).toISOString());
    });

    it('when a guest token is issued without options, then it may publish and subscribe but not administer', async () => {
      const issued = await adapter.issueToken({ roomName: 'interview-abc', identity: 'guest-1', name: 'Bob', role: 'guest' });

      const claims = await verifier.verify(issued.token);
      expect(claims.sub).toBe('guest-1');
      expect(claims.video).toEqual({ room: 'interview-abc', roomJoin: true, canPublish: true, canSubscribe: true });
      expect(claims.video?.roomAdmin).toBeUndefined();
    });

    it('when a guest asks not to publish, then the token says so', async () => {
      const issued = await adapter.issueToken({
        roomName: 'r',
        identity: 'viewer',
        name: 'Viewer',
        role: 'guest',
        canPublish: false,
        canSubscribe: true,
      });
      expect((await verifier.verify(issued.token)).video).toMatchObject({ canPublish: false, canSubscribe: true });

      const deaf = await adapter.issueToken({ roomName: 'r', identity: 'speaker', name: 'S', role: 'guest', canSubscribe: false });
      expect((await verifier.verify(deaf.token)).video).toMatchObject({ canPublish: true, canSubscribe: false });
    });

    it('when a ttl is requested, then the token expires after it; an expired token is refused', async () => {
      const before = Math.floor(Date.now() / 1000);
      const issued = await adapter.issueToken({ roomName: 'r', identity: 'u', name: 'U', role: 'guest', ttlSeconds: 120 });
      const claims = await verifier.verify(issued.token);
      expect(claims.exp! - before).toBeGreaterThanOrEqual(120);
      expect(claims.exp! - before).toBeLessThanOrEqual(121);

      const shortLived = new LiveKitAdapter({ ...config, tokenTtlSeconds: 1 });
      const expired = await shortLived.issueToken({ roomName: 'r', identity: 'u', name: 'U', role: 'guest' });
      await new Promise((resolve) => setTimeout(resolve, 2100));
      await expect(verifier.verify(expired.token, 0)).rejects.toThrow(/exp/);
    });

    it('a token signed with another secret does not verify', async () => {
      const other = new LiveKitAdapter({ ...config, apiSecret: 'another-secret-of-sufficient-length' });
      const issued = await other.issueToken({ roomName: 'r', identity: 'u', name: 'U', role: 'host' });
      await expect(verifier.verify(issued.token)).rejects.toThrow();
    });
  });

  describe('receiveWebhook', () => {
    const adapter = new LiveKitAdapter(config);
    const body = JSON.stringify({
      event: 'participant_joined',
      id: 'EV_123',
      createdAt: '1705327200',
      room: { sid: 'RM_1', name: 'interview-abc' },
      participant: { sid: 'PA_1', identity: 'user-1', name: 'Ada' },
    });

    it('given a correctly signed body, then the event is parsed', async () => {
      const event = await adapter.receiveWebhook(body, await signWebhook(body));
      expect(event).toEqual({
        id: 'EV_123',
        kind: 'participant_joined',
        roomName: 'interview-abc',
        participantIdentity: 'user-1',
        participantName: 'Ada',
        occurredAt: '2024-01-15T14:00:00.000Z',
      });
    });

    it('given a room event, then its kind and room are kept; unknown events are "other"', async () => {
      const finished = JSON.stringify({ event: 'room_finished', id: 'EV_2', createdAt: '1705327200', room: { name: 'interview-abc' } });
      expect(await adapter.receiveWebhook(finished, `Bearer ${await signWebhook(finished)}`)).toMatchObject({
        id: 'EV_2',
        kind: 'room_finished',
        roomName: 'interview-abc',
      });
      const track = JSON.stringify({ event: 'track_published', id: 'EV_3', room: { name: 'interview-abc' } });
      expect((await adapter.receiveWebhook(track, await signWebhook(track))).kind).toBe('other');
    });

    it.each([
      ['no header', async () => undefined],
      ['a token signed with another secret', async () => signWebhook(body, config.apiKey, 'not-the-secret-but-long-enough')],
      ['a token from another key', async () => signWebhook(body, 'other-key')],
      ['the signature of another body', async () => signWebhook(body.replace('user-1', 'user-2'))],
      ['garbage', async () => 'not-a-jwt'],
    ])('given %s, then it is refused as unauthorized', async (_label, header) => {
      const error = await adapter.receiveWebhook(body, await header()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'LIVEKIT.INVALID_WEBHOOK', kind: 'unauthorized' });
    });
  });

  describe('ensureRoom', () => {
    let status: number;
    const roomService = new RecordingServer((_request, response) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(status === 200 ? JSON.stringify({ sid: 'RM_1', name: 'interview-abc' }) : JSON.stringify({ code: 'internal', msg: 'boom' }));
    });
    const requests = roomService.received;

    beforeAll(() => roomService.start());
    afterAll(() => roomService.stop());
    beforeEach(() => {
      requests.splice(0);
      status = 200;
    });

    it('given LIVEKIT_HOST, when a room is ensured, then the room service is asked to create it with a room-create token', async () => {
      const adapter = new LiveKitAdapter({ ...config, host: roomService.url });
      await adapter.ensureRoom('interview-abc', { emptyTimeoutSeconds: 300, maxParticipants: 4 });

      expect(requests).toHaveLength(1);
      expect(requests[0].url).toBe('/twirp/livekit.RoomService/CreateRoom');
      expect(JSON.parse(requests[0].body.toString())).toMatchObject({ name: 'interview-abc', emptyTimeout: 300, maxParticipants: 4 });
      const claims = await verifier.verify(String(requests[0].headers.authorization).replace(/^Bearer /, ''));
      expect(claims.video).toMatchObject({ roomCreate: true });
    });

    it('given the room service fails, then it is reported as unavailable', async () => {
      status = 500;
      const adapter = new LiveKitAdapter({ ...config, host: roomService.url });
      await expect(adapter.ensureRoom('interview-abc')).rejects.toMatchObject({ code: 'LIVEKIT.UNAVAILABLE', kind: 'unavailable' });
    });

    it('given no LIVEKIT_HOST, then nothing is called', async () => {
      await new LiveKitAdapter(config).ensureRoom('interview-abc');
      expect(requests).toHaveLength(0);
    });
  });
});
