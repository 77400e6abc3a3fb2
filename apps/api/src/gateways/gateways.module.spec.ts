import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Test } from '@nestjs/testing';
import { CommandBus } from '@nestjs/cqrs';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  AuthenticatedUser,
  CompleteInterviewCommand,
  CreateInterviewCommand,
  StartInterviewCommand,
  TOKEN_VERIFIER,
  TokenVerifier,
} from '@candor/application';
import { DomainError } from '@candor/domain';
import { loadConfig } from '@candor/infrastructure/config/app-config';
import { JsonLogger } from '@candor/infrastructure/logging/json-logger';
import { SqliteEventStore } from '@candor/infrastructure/event-store/sqlite/sqlite-event-store.adapter';
import { WsTestClient } from '../../../../test/support/ws-test-client';
import { AppModule } from '../composition/app.module';

function user(name: string, extra: Partial<AuthenticatedUser> = {}): AuthenticatedUser {
  return {
    id: randomUUID(),
    email: `${name}@example.com`,
    username: name,
    fullName: name,
    role: 'recruiter',
    isSuperuser: false,
    isActive: true,
    emailVerified: true,
    via: 'jwt',
    ...extra,
  };
}

const owner = user('owner');
const candidate = user('candidate', { role: 'candidate', email: 'Candidate@Example.com' });
const outsider = user('outsider');
const USERS = new Map([owner, candidate, outsider].map((u) => [`token-${u.username}`, u]));

/** Tokens are `token-<username>`; the real identity module is loaded with this verifier in place of the JWT one. */
const fakeVerifier: TokenVerifier = {
  async verifyAccessToken(token: string) {
    const found = USERS.get(token);
    if (!found) throw new DomainError('AUTH.INVALID_TOKEN', 'Could not validate credentials', 'unauthorized');
    return found;
  },
};

/** The gateways in the real application (SQLite events, in-memory read models, the CQRS handlers). */
describe('GatewaysModule', () => {
  let dir: string;
  let app: NestFastifyApplication;
  let ws: string;
  let commands: CommandBus;
  const clients: WsTestClient[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'candor-gateways-'));
    const config = loadConfig({ DATA_DIR: dir, RATE_LIMIT_SCALE: '0', LOG_LEVEL: 'error' } as NodeJS.ProcessEnv);
    // The whole application (every context's handlers need their ports), with a verifier that knows test tokens.
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.forRoot(config, new JsonLogger('error'))],
    })
      .overrideProvider(TOKEN_VERIFIER)
      .useValue(fakeVerifier)
      .compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
    await app.listen(0, '127.0.0.1');
    ws = `ws://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    commands = app.get(CommandBus);
  });

  afterEach(() => clients.splice(0).forEach((c) => c.close()));

  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const createInterview = async (title = 'Pairing') =>
    (await commands.execute(new CreateInterviewCommand(owner, { title, candidateEmail: 'candidate@example.com' }, null))).interviewId;

  async function connectAs(path: string, who: AuthenticatedUser): Promise<WsTestClient> {
    const client = await WsTestClient.connect(`${ws}${path}?token=token-${who.username}`);
    clients.push(client);
    return client;
  }

  describe('/ws/session/:id', () => {
    it('relays a participant\'s code_update to every other connection (recorded as an event), not back to the sending one', async () => {
      const id = await createInterview();
      const ownerSocket = await connectAs(`/ws/session/${id}`, owner);
      const candidateSocket = await connectAs(`/ws/session/${id}`, candidate);
      const ownerOtherTab = await connectAs(`/ws/session/${id}`, owner);
      await Promise.all([ownerSocket, candidateSocket, ownerOtherTab].map((c) => c.next('connected')));

      const codes = (socket: WsTestClient) => socket.messages.filter((m) => m.type === 'code_update').map((m) => (m.data as { code: string }).code);
      const update = (code: string) => ({ type: 'code_update', data: { code, language: 'python' } });
      const hasCode = (code: string) => (m: Record<string, unknown>) => (m.data as { code: string }).code === code;

      candidateSocket.send(update('print(1)'));
      expect(await ownerSocket.next('code_update', hasCode('print(1)'))).toEqual({
        type: 'code_update',
        data: { session_id: id, code: 'print(1)', language: 'python', timestamp: expect.any(String), user_id: candidate.id },
      });
      ownerSocket.send(update('print(2)'));
      await candidateSocket.next('code_update', hasCode('print(2)'));
      candidateSocket.send(update('print(3)'));
      await ownerSocket.next('code_update', hasCode('print(3)'));
      // Each socket receives the events in log order: an echo of its own update would have come before the next one.
      expect(codes(ownerSocket)).toEqual(['print(1)', 'print(3)']);
      expect(codes(candidateSocket)).toEqual(['print(2)']);
      // Only the sending connection is spared: the same user's other connection sees the update.
      await ownerOtherTab.next('code_update', hasCode('print(3)'));
      expect(codes(ownerOtherTab)).toEqual(['print(1)', 'print(2)', 'print(3)']);
    });

    it('relays what another process appends to the log (as another API instance would)', async () => {
      const id = await createInterview();
      const socket = await connectAs(`/ws/session/${id}`, owner);
      await socket.next('connected');

      const otherProcess = new SqliteEventStore(join(dir, 'events.sqlite'));
      try {
        const stream = await otherProcess.readStream(`interview-${id}`);
        await otherProcess.append(
          `interview-${id}`,
          [
            {
              id: randomUUID(),
              type: 'CodeUpdated',
              data: { interviewId: id, code: 'from elsewhere', language: 'python', updatedAt: new Date().toISOString() },
              metadata: { correlationId: 'c', causationId: 'other-instance', userId: candidate.id, timestamp: new Date().toISOString(), schemaVersion: 1 },
            },
          ],
          stream.length,
        );
      } finally {
        await otherProcess.close();
      }
      expect((await socket.next('code_update')).data).toMatchObject({ code: 'from elsewhere', user_id: candidate.id });
    });

    it('refuses an outsider (4403) and an unknown interview (4404)', async () => {
      const id = await createInterview();
      expect((await (await connectAs(`/ws/session/${id}`, outsider)).closeCode()).code).toBe(4403);
      expect((await (await connectAs(`/ws/session/${randomUUID()}`, owner)).closeCode()).code).toBe(4404);
      expect((await (await connectAs('/ws/session/not-a-uuid', owner)).closeCode()).code).toBe(4404);
    });
  });

  describe('/ws/interview/:id/status and /ws/user/:userId/notifications', () => {
    it('tell the parties about status changes, and nobody else', async () => {
      const id = await createInterview('Status watch');
      const status = await connectAs(`/ws/interview/${id}/status`, candidate);
      expect(await status.next('connected')).toMatchObject({ interview_id: id, status: 'pending' });
      const ownerInbox = await connectAs(`/ws/user/${owner.id}/notifications`, owner);
      const candidateInbox = await connectAs(`/ws/user/${candidate.id}/notifications`, candidate);
      const outsiderInbox = await connectAs(`/ws/user/${outsider.id}/notifications`, outsider);
      await Promise.all([ownerInbox, candidateInbox, outsiderInbox].map((c) => c.next('connected')));

      await commands.execute(new StartInterviewCommand(id, owner));
      expect((await status.next('interview_status')).data).toMatchObject({ interview_id: id, status: 'in_progress' });
      for (const inbox of [ownerInbox, candidateInbox]) {
        expect((await inbox.next('notification')).data).toMatchObject({ interview_id: id, status: 'in_progress', title: 'Status watch' });
      }
      await commands.execute(new CompleteInterviewCommand(id, owner));
      await status.next('interview_status', (m) => (m.data as { status: string }).status === 'completed');
      await ownerInbox.next('notification', (m) => (m.data as { status: string }).status === 'completed');
      expect(outsiderInbox.messages.filter((m) => m.type === 'notification')).toEqual([]);
    });

    it("refuses another user's notifications and the status of an interview one may not see (4403)", async () => {
      expect((await (await connectAs(`/ws/user/${owner.id}/notifications`, outsider)).closeCode()).code).toBe(4403);
      const id = await createInterview();
      expect((await (await connectAs(`/ws/interview/${id}/status`, outsider)).closeCode()).code).toBe(4403);
    });
  });
});
