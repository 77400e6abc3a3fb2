import request from 'supertest';
import { EVENT_STORE, EventStore } from '@candor/application';
import { QUESTION_BY_ID } from '@candor/application/ai/question-bank/question-bank';
import { InterviewEvent, InterviewerTurnTaken } from '@candor/domain';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, signUp } from '../support/interview-actors';
import { WsTestClient } from '../support/ws-test-client';
import { requireSystemPackages } from '@candor/testing/system-packages';

type Json = Record<string, any>;

/**
 * S3 `/ws/interview/{id}/` (seed 003, "WebSocket - Real-time Interview") with the built-in engine: a whole
 * chat over the socket, then the score, the report and its PDF (seed 003, "Scoring & Reports").
 */
requireSystemPackages('espeak-ng');

describe('S3 interview chat socket', () => {
  let t: TestApp;
  let ws: string;
  let owner: Actor;
  let outsider: Actor;
  let events: EventStore;
  /** S3 interviews are always for one of the owner's jobs and candidates. */
  let subjects: { job: string; candidate: string };
  const open: WsTestClient[] = [];

  const createInterview = async (extra: Record<string, unknown> = {}) =>
    (
      await request(t.url)
        .post('/api/interviews/')
        .set(owner.auth)
        .send({ ...subjects, interview_type: 'chat', position: 'Python Engineer', candidate_name: 'Alex Doe', technologies: ['python', 'sql'], difficulty: 'medium', ...extra })
        .expect(201)
    ).body as Json;

  async function join(id: string, token: string): Promise<WsTestClient> {
    const client = await WsTestClient.connect(`${ws}/ws/interview/${id}/?token=${encodeURIComponent(token)}`);
    open.push(client);
    await client.next('connected');
    return client;
  }

  const lastTurn = async (id: string) =>
    ((await events.readStream(`interview-${id}`)) as unknown as InterviewEvent[]).filter((e): e is InterviewerTurnTaken => e.type === 'InterviewerTurnTaken').pop()!.data;

  /** A strong answer names every expected point of the question (or of the probed point). */
  function strongAnswer(bankQuestionId: string | null, probedPointId: string | null): string {
    const bank = bankQuestionId ? QUESTION_BY_ID.get(bankQuestionId) : undefined;
    if (!bank || bank.points.length === 0) return 'Yes: what does the team work on next quarter, and how do you review code?';
    const points = probedPointId ? bank.points.filter((p) => p.id === probedPointId) : bank.points;
    return `${points.map((p) => `${p.text} (${p.keywords[0]})`).join('. ')}. I explain it this way because it matters in practice; for example, in my last project we relied on exactly this.`;
  }

  const aiMessages = (client: WsTestClient) => client.messages.filter((m) => m.type === 'message' && m.sender === 'ai');

  beforeAll(async () => {
    t = await startTestApp();
    ws = t.url.replace(/^http/, 'ws');
    events = t.app.get(EVENT_STORE);
    [owner, outsider] = await Promise.all([signUp(t.url, 'chat-owner@example.com'), signUp(t.url, 'chat-outsider@example.com')]);
    const job = await request(t.url).post('/api/jobs/').set(owner.auth).send({ title: 'Python Engineer' }).expect(201);
    const cv = await request(t.url)
      .post('/api/candidates/upload_cv/')
      .set(owner.auth)
      .field('full_name', 'Alex Doe')
      .attach('cv_file', Buffer.from('Alex Doe\nPython developer.\n'), { filename: 'alex.txt', contentType: 'text/plain' })
      .expect(201);
    subjects = { job: job.body._id, candidate: cv.body._id };
  });
  afterEach(() => open.splice(0).forEach((client) => client.close()));
  afterAll(async () => t.close());

  it('given the candidate on its invite_token and the owner watching, when they chat to the end, then every turn is broadcast, recorded, scored and reported', async () => {
    const interview = await createInterview();
    const id = interview._id as string;
    const candidate = await join(id, interview.invite_token);
    const watcher = await join(id, owner.token);
    expect(candidate.messages[0]).toEqual({ type: 'connected', user_id: `invite:${id}`, interview_id: id, status: 'pending' });
    expect(watcher.messages[0]).toEqual({ type: 'connected', user_id: owner.id, interview_id: id, status: 'pending' });

    // start_interview → interview_started with the AI's opening, to everyone on the interview.
    candidate.send({ type: 'start_interview' });
    const started = await candidate.next('interview_started');
    expect(started).toEqual({ type: 'interview_started', message: expect.any(String), timestamp: expect.stringMatching(/^\d{4}-/), interview_id: id, message_id: expect.any(String) });
    expect((started.message as string).length).toBeGreaterThan(20);
    expect(await watcher.next('interview_started')).toEqual(started);

    // candidate_message → the candidate's message broadcast, then the AI's next question.
    candidate.send({ type: 'candidate_message', content: 'Hello, I am ready. I have five years of Python and SQL experience building REST services.' });
    const echoed = await candidate.next('message', (m) => m.sender === 'candidate');
    expect(echoed).toEqual({ type: 'message', sender: 'candidate', content: expect.stringContaining('five years'), message_id: expect.any(String), timestamp: expect.any(String) });
    expect(await watcher.next('message', (m) => m.sender === 'candidate')).toEqual(echoed);
    const firstQuestion = await candidate.next('message', (m) => m.sender === 'ai');
    expect(firstQuestion).toMatchObject({ type: 'message', sender: 'ai', content: expect.any(String), message_id: expect.any(String), timestamp: expect.any(String) });

    // Play on: a weak answer to the first technical question draws a follow-up; the rest are answered well.
    let weakGiven = false;
    for (let i = 0; i < 25; i += 1) {
      const turn = await lastTurn(id);
      if (turn.move === 'close') break;
      const weak: boolean = !weakGiven && turn.phase === 'technical' && turn.question?.parentQuestionId === null;
      weakGiven ||= weak;
      const content = weak ? "I'm not sure, I have not really worked with that." : strongAnswer(turn.question?.bankQuestionId ?? null, turn.question?.probedPointId ?? null);
      const before = aiMessages(candidate).length;
      candidate.send({ type: 'candidate_message', content });
      await candidate.next('message', () => aiMessages(candidate).length > before, 10_000);
    }
    const moves = aiMessages(candidate).map((m) => m.move);
    expect(moves).toContain('follow_up');
    expect(moves[moves.length - 1]).toBe('close');
    // The watcher saw the same AI messages, in the same order.
    await watcher.next('message', (m) => m.sender === 'ai' && m.move === 'close');
    expect(aiMessages(watcher).map((m) => m.message_id)).toEqual(aiMessages(candidate).map((m) => m.message_id));

    // Errors are messages; the socket stays open.
    candidate.sendInvalid({ type: 'candidate_message' });
    expect(await candidate.next('error')).toMatchObject({ type: 'error', code: 'WS.INVALID_MESSAGE' });
    candidate.sendInvalid({ type: 'dance' });
    expect(await candidate.next('error', (m) => m.code === 'WS.UNKNOWN_MESSAGE')).toMatchObject({ message: expect.stringContaining('start_interview') });
    expect(candidate.isOpen).toBe(true);

    // end_interview → interview_ended; then it is scored (a reaction to InterviewCompleted).
    candidate.send({ type: 'end_interview' });
    expect(await candidate.next('interview_ended')).toEqual({ type: 'interview_ended', message: 'Interview session ended. Thank you!', timestamp: expect.any(String), interview_id: id, status: 'completed' });
    await watcher.next('interview_ended');
    await watcher.next('interview_scored', () => true, 15_000);
    candidate.send({ type: 'end_interview' });
    expect(await candidate.next('error', (m) => m.code !== 'WS.INVALID_MESSAGE' && m.code !== 'WS.UNKNOWN_MESSAGE')).toMatchObject({ code: 'INTERVIEW.ALREADY_COMPLETED' });
    expect(candidate.isOpen).toBe(true);

    // Every turn was recorded: the S3 detail shows the whole transcript.
    const detail = await request(t.url).get(`/api/interviews/${id}/`).set(owner.auth).expect(200);
    expect(detail.body.status).toBe('completed');
    const speakers = detail.body.full_transcript.map((m: Json) => m.speaker);
    expect(speakers[0]).toBe('ai');
    expect(speakers.filter((s: string) => s === 'ai')).toHaveLength(aiMessages(candidate).length + 1);
    expect(speakers.filter((s: string) => s === 'candidate').length).toBeGreaterThan(3);
    expect(detail.body.full_transcript[0]).toEqual({ timestamp: started.timestamp, speaker: 'ai', text: started.message, message_id: started.message_id });

    const score = await request(t.url).get(`/api/interviews/${id}/score/`).set(owner.auth).expect(200);
    expect(score.body).toMatchObject({
      _id: expect.any(String),
      interview: id,
      overall_score: expect.any(Number),
      technical_skills_score: expect.any(Number),
      problem_solving_score: expect.any(Number),
      communication_score: expect.any(Number),
      confidence_score: null,
      engagement_score: null,
      strengths: expect.any(Array),
      weaknesses: expect.any(Array),
      recommendation: expect.stringMatching(/^(strong_hire|hire|maybe|no_hire)$/),
      recommendation_reasoning: expect.any(String),
      calculated_at: expect.any(String),
      model_used: 'builtin',
    });
    expect(score.body.overall_score).toBeGreaterThanOrEqual(0);
    expect(score.body.overall_score).toBeLessThanOrEqual(10);
    expect(score.body.question_scores.length).toBeGreaterThan(2);
    expect(score.body.question_scores[0]).toMatchObject({ question_id: expect.any(String), score: expect.any(Number), max_score: 10, feedback: expect.any(String) });
    // The weakly answered question scores below the well answered ones.
    const scores = score.body.question_scores.map((q: Json) => q.score);
    expect(Math.min(...scores)).toBeLessThan(Math.max(...scores));

    const report = await request(t.url).get(`/api/reports/${id}/`).set(owner.auth).expect(200);
    expect(report.body).toEqual({
      _id: score.body._id,
      interview: id,
      executive_summary: expect.stringContaining('Alex Doe'),
      technical_assessment: expect.stringContaining('Technical'),
      behavioral_assessment: expect.any(String),
      communication_assessment: expect.stringContaining('Communication'),
      non_verbal_summary: null,
      overall_score: score.body.overall_score,
      recommendation: score.body.recommendation,
      strengths: score.body.strengths,
      weaknesses: score.body.weaknesses,
      share_token: null,
      pdf_url: expect.stringMatching(new RegExp(`/api/reports/${id}/export/$`)),
      generated_at: score.body.calculated_at,
      candidate_name: 'Alex Doe',
      job_title: 'Python Engineer',
      interviewers: ['chat-owner', 'Candor AI interviewer'],
      evidence: expect.objectContaining({ dimensions: expect.any(Array), questions: expect.any(Array), code_runs: [], unresolved_ids: [] }),
    });
    // Each question's evidence quotes the candidate's answers it was scored on, with their time.
    for (const q of report.body.evidence.questions as Json[]) {
      const cited = (score.body.question_scores as Json[]).find((s) => s.question_id === q.question_id)!.evidence_message_ids;
      expect(q.evidence.map((e: Json) => e.id)).toEqual(cited);
      for (const e of q.evidence) expect(e).toMatchObject({ kind: 'message', speaker: 'candidate', quote: expect.any(String), at: expect.any(String) });
    }

    const pdf = await request(t.url)
      .get(`/api/reports/${id}/export/`)
      .set(owner.auth)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(`interview-report-${id}.pdf`);
    const bytes = pdf.body as Buffer;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.subarray(-8).toString('latin1')).toContain('%%EOF');
    expect(bytes.length).toBeGreaterThan(2000);
  }, 60_000);

  it('given a client that rejoins a running interview, when it sends start_interview again, then it gets the last AI message back (resumed)', async () => {
    const interview = await createInterview();
    const first = await join(interview._id, interview.invite_token);
    first.send({ type: 'start_interview' });
    const opening = await first.next('interview_started');
    first.close();
    const again = await join(interview._id, interview.invite_token);
    again.send({ type: 'start_interview' });
    expect(await again.next('interview_started')).toEqual({ ...opening, resumed: true });
  });

  it('authenticates by a first {type:"auth"} message with the invite_token, and refuses bad tokens (4401) and outsiders (4403)', async () => {
    const interview = await createInterview();
    const other = await createInterview();
    const viaMessage = await WsTestClient.connect(`${ws}/ws/interview/${interview._id}/`);
    open.push(viaMessage);
    viaMessage.send({ type: 'auth', token: interview.invite_token });
    expect(await viaMessage.next('connected')).toMatchObject({ user_id: `invite:${interview._id}`, interview_id: interview._id });

    const garbage = await WsTestClient.connect(`${ws}/ws/interview/${interview._id}/?token=not-a-token`);
    open.push(garbage);
    expect((await garbage.closeCode()).code).toBe(4401);
    // One interview's invite token does not open another.
    const wrongInvite = await WsTestClient.connect(`${ws}/ws/interview/${other._id}/?token=${encodeURIComponent(interview.invite_token)}`);
    open.push(wrongInvite);
    expect((await wrongInvite.closeCode()).code).toBe(4401);
    const silent = await WsTestClient.connect(`${ws}/ws/interview/${interview._id}/`);
    open.push(silent);
    silent.send({ type: 'start_interview' });
    expect((await silent.closeCode()).code).toBe(4401);

    const stranger = await WsTestClient.connect(`${ws}/ws/interview/${interview._id}/?token=${outsider.token}`);
    open.push(stranger);
    expect((await stranger.closeCode()).code).toBe(4403);
  });

  it('turns audio_data into the candidate message through speech to text', async () => {
    const interview = await createInterview();
    const client = await join(interview._id, interview.invite_token);
    client.send({ type: 'start_interview' });
    await client.next('interview_started');
    const tts = await request(t.url).post('/api/v1/voice/tts').set(owner.auth).send({ text: 'Hello, welcome to your interview', voice: 'nova' }).expect(200);
    const wav = Buffer.from(tts.body.audio_base64, 'base64');
    // In two chunks: the first is only acknowledged.
    const half = Math.floor(wav.length / 2);
    client.send({ type: 'audio_data', audio: wav.subarray(0, half).toString('base64'), final: false });
    client.send({ type: 'audio_data', audio: wav.subarray(half).toString('base64') });
    const transcribed = await client.next('audio_processed', (m) => m.status === 'transcribed', 20_000);
    expect(client.messages.filter((m) => m.type === 'audio_processed' && m.status === 'received')).toEqual([
      { type: 'audio_processed', status: 'received' },
      { type: 'audio_processed', status: 'received' },
    ]);
    expect(transcribed).toMatchObject({ text: expect.stringContaining('interview'), engine: 'pocketsphinx' });
    const said = await client.next('message', (m) => m.sender === 'candidate');
    expect(said.content).toBe(transcribed.text);
    await client.next('message', (m) => m.sender === 'ai');

    client.send({ type: 'audio_data', audio: '%%% not base64 %%%' });
    expect(await client.next('error')).toMatchObject({ code: 'WS.INVALID_MESSAGE' });
    expect(client.isOpen).toBe(true);
  }, 40_000);

  it('scores an interview completed through S1 PUT status=completed too (the scoring reacts to InterviewCompleted)', async () => {
    const interview = await createInterview();
    const id = interview._id as string;
    await request(t.url).put(`/api/v1/interviews/${id}`).set(owner.auth).send({ status: 'in_progress' }).expect(200);
    await request(t.url).post(`/api/v1/interviews/${id}/messages`).set(owner.auth).send({ content: 'I build Python services with PostgreSQL.' }).expect(200);
    await request(t.url).put(`/api/v1/interviews/${id}`).set(owner.auth).send({ status: 'completed' }).expect(200);
    let score: request.Response | null = null;
    for (let i = 0; i < 100; i += 1) {
      score = await request(t.url).get(`/api/interviews/${id}/score/`).set(owner.auth);
      if (score.status === 200) break;
      expect(score.status).toBe(404);
      expect(score.body.code).toBe('INTERVIEW.SCORE_NOT_READY');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(score?.status).toBe(200);
    expect(score?.body).toMatchObject({ interview: id, recommendation: expect.any(String) });
  });
});
