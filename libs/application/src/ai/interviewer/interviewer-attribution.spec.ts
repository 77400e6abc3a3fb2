import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UpcasterRegistry } from '@candor/contracts';
import { InterviewEvent, interviewDecider, interviewStreamId } from '@candor/domain';
import { SqliteEventStore } from '@candor/infrastructure/event-store/sqlite/sqlite-event-store.adapter';
import { BuiltinLlm } from '@candor/infrastructure/ai/builtin-llm.adapter';
import { AggregateStore } from '../../commands/aggregate-store';
import { InterviewerService } from './interviewer.service';
import { readTranscript } from './interview-transcript';

const ID = '7a1c1b8e-2f5e-4c59-9f43-8a1c2b3d4e5f';
const NOW = '2024-01-15T14:05:00.000Z';

describe('the interviewer attributes answers', () => {
  let dir: string;
  let events: SqliteEventStore;
  let store: AggregateStore;
  let interviewer: InterviewerService;
  const run = (type: string, data: Record<string, unknown>) =>
    store.execute(interviewStreamId(ID), interviewDecider, { type, data, metadata: { now: NOW } } as never);
  const say = (text: string, n: number) => run('RecordMessage', { messageId: `c${n}`, speaker: 'candidate', text });
  const history = async () => (await events.readStream(interviewStreamId(ID))) as unknown as InterviewEvent[];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'candor-attribution-'));
    events = new SqliteEventStore(join(dir, 'events.db'));
    store = new AggregateStore(events, new UpcasterRegistry(), { waitFor: async () => true }, 0);
    interviewer = new InterviewerService(events, store, new BuiltinLlm());
    await run('CreateInterview', {
      interviewId: ID, ownerId: 'owner',
      details: { ...interviewDecider.initialState().details, position: 'Python Engineer', technologies: ['python', 'sql'], difficulty: 'medium' },
      scheduledAt: null, sessionCode: 'ABC123', roomName: 'interview-0123456789ab', inviteToken: 'invite', interviewLink: null,
    });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('given a candidate message before the opening question, each later answer answers the question asked last before it', async () => {
    await say('Hi there, can we start?', 0);
    await interviewer.respond(ID);
    await run('StartInterview', {});
    await interviewer.respond(ID); // nothing new to say: the opening was taken on the first message
    for (let i = 1; i <= 4; i += 1) {
      await say(`answer ${i}`, i);
      await interviewer.respond(ID);
    }
    const h = await history();
    let lastAsked: string | null = null;
    const expected: Record<string, string | null> = {};
    const recorded: Record<string, string | null | undefined> = {};
    for (const e of h) {
      if (e.type === 'QuestionAsked') lastAsked = e.data.questionId;
      if (e.type === 'MessageRecorded' && e.data.speaker === 'candidate') {
        expected[e.data.messageId] = lastAsked;
        recorded[e.data.messageId] = e.data.answersQuestionId;
      }
    }
    expect(recorded).toEqual(expected);
    expect(recorded.c0).toBeNull();

    const { questions } = readTranscript(h);
    const root = (id: string | null) => questions.find((q) => q.questionId === id || q.followUpIds.includes(id as string));
    expect(questions.flatMap((q) => q.answers.map((a) => a.messageId))).not.toContain('c0');
    for (const [messageId, questionId] of Object.entries(expected)) {
      if (questionId) expect(root(questionId)?.answers.map((a) => a.messageId)).toContain(messageId);
    }
    // The opening question gets the answers given after it, not the greeting given before it.
    expect(questions[0]).toMatchObject({ phase: 'intro' });
    expect(questions[0].answers.map((a) => a.text)).toEqual(['answer 1', 'answer 2']);
  });
});

describe('reading the transcript', () => {
  const asked = (questionId: string, category: string): InterviewEvent =>
    ({ type: 'QuestionAsked', data: { interviewId: ID, questionId, text: `q ${questionId}`, category, difficulty: 'easy', askedAt: NOW } });
  const said = (messageId: string, answersQuestionId?: string | null): InterviewEvent =>
    ({ type: 'MessageRecorded', data: { interviewId: ID, messageId, speaker: 'candidate', text: messageId, timestamp: NOW, ...(answersQuestionId === undefined ? {} : { answersQuestionId }) } });

  it('attaches each answer to the question recorded on it, and a message recorded before any question to none', () => {
    const t = readTranscript([said('hi', null), asked('q1', 'intro'), said('a1', 'q1'), asked('q2', 'technical'), said('a2', 'q2')]);
    expect(t.questions.map((q) => [q.questionId, q.answers.map((a) => a.messageId)])).toEqual([['q1', ['a1']], ['q2', ['a2']]]);
    expect(t.candidateMessages.map((m) => m.messageId)).toEqual(['hi', 'a1', 'a2']);
  });

  it('reads events stored before the attribution was recorded: the latest question asked before the message', () => {
    const t = readTranscript([said('hi'), asked('q1', 'intro'), said('a1'), asked('q2', 'technical'), said('a2')]);
    expect(t.questions.map((q) => [q.questionId, q.answers.map((a) => a.messageId)])).toEqual([['q1', ['a1']], ['q2', ['a2']]]);
  });
});
