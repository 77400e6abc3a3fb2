import request from 'supertest';
import { EVENT_STORE, EventStore } from '@candor/application';
import { QUESTION_BY_ID } from '@candor/application/ai/question-bank/question-bank';
import { InterviewerTurnTaken, InterviewEvent } from '@candor/domain';
import { RecordingServer } from '@candor/testing/recording-server';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, signUp } from '../support/interview-actors';

type Mode = 'good' | 'garbage' | 'too_few';

const SERVED_MODEL = 'served-interviewer-7b';
const CV = 'Alex Doe. Senior backend engineer, 7 years. Built a Django payments API at Acme and migrated it from MySQL to PostgreSQL.';

/**
 * A local server speaking the OpenAI chat-completions protocol, answering each prompt by its kind: the
 * interview's questions (as the mode says), answer assessments (JSON) and the interviewer's lines (text).
 */
function fakeModel(mode: () => Mode, seen: { system: string; user: string }[]): RecordingServer {
  return new RecordingServer((req, res) => {
    const body = JSON.parse(req.body.toString() || '{}');
    const system = body.messages?.find((m: any) => m.role === 'system')?.content ?? '';
    // The task's own prompt (a retry appends a correction after it).
    const user = body.messages?.find((m: any) => m.role === 'user')?.content ?? '';
    seen.push({ system, user });
    let content = 'Thank you.';
    if (system.includes('preparing a technical interview')) content = questionsAnswer(mode(), user);
    else if (system.includes('grade interview answers')) content = JSON.stringify({ score: 0.8, covered: [], missing: [], feedback: 'Fine.' });
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({ id: 'x', model: SERVED_MODEL, choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }], usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 } }),
    );
  });
}

/** One question per slot the prompt lists (`1. skill "python" (Python), difficulty medium`), or the mode's bad answer. */
function questionsAnswer(mode: Mode, prompt: string): string {
  const slots = [...prompt.matchAll(/^\d+\. skill "([^"]+)" \(([^)]*)\), difficulty (\w+)$/gm)].map((m) => ({ skill: m[1], label: m[2], difficulty: m[3] }));
  if (mode === 'garbage') return 'Sorry, as a language model I would rather talk about the weather today.';
  const questions = slots.map((slot, i) => ({
    skill: slot.skill,
    difficulty: slot.difficulty,
    text: `Generated ${slot.label} question ${i + 1}: how did you use ${slot.label} in the Acme payments migration, and what would you change?`,
    points: [
      { id: 'context', text: `Explains where ${slot.label} fitted in the migration`, keywords: ['Migration', 'payments'], probe: 'Where exactly did it fit?' },
      { id: 'decision', text: 'Names a decision and its trade-off', keywords: ['trade-off', 'decided'], probe: 'What did you give up?' },
      { id: 'change', text: 'Says what they would do differently', keywords: ['differently', 'change'] },
    ],
  }));
  return JSON.stringify({ questions: mode === 'too_few' ? questions.slice(0, 1) : questions });
}

/** With a model configured, the interviewer's technical questions are written from the job and the CV, and recorded in the plan. */
describe('AI interviewer with a model: generated interview plans', () => {
  let t: TestApp;
  let model: RecordingServer;
  let owner: Actor;
  let events: EventStore;
  let mode: Mode = 'good';
  const seen: { system: string; user: string }[] = [];

  beforeAll(async () => {
    model = fakeModel(() => mode, seen);
    await model.start('/v1');
    t = await startTestApp({ LLM_BASE_URL: model.url, LLM_MODEL: 'configured-name', LLM_MAX_RETRIES: '0', LLM_TIMEOUT_MS: '5000' });
    events = t.app.get(EVENT_STORE);
    owner = await signUp(t.url, 'model-plan-owner@example.com');
  });
  afterAll(async () => {
    await t.close();
    await model.stop();
  });

  const turns = async (id: string) =>
    ((await events.readStream(`interview-${id}`)) as unknown as InterviewEvent[]).filter((e): e is InterviewerTurnTaken => e.type === 'InterviewerTurnTaken').map((e) => e.data);

  async function openInterview(label: string): Promise<{ id: string; candidate: Actor }> {
    const email = `model-plan-${label}-${Date.now()}@example.com`;
    const candidate = await signUp(t.url, email, 'candidate');
    const created = await request(t.url)
      .post('/api/v1/interviews/')
      .set(owner.auth)
      .send({
        title: 'Backend Engineer Interview',
        position: 'Backend Engineer',
        candidate_name: 'Alex Doe',
        candidate_email: email,
        technologies: ['python', 'sql'],
        difficulty: 'medium',
        job_description: 'Python services on PostgreSQL for our payments platform.',
        metadata: { cv_text: CV },
      })
      .expect(200);
    const id = created.body.id as string;
    await request(t.url).post(`/api/v1/interviews/${id}/start`).set(owner.auth).expect(200);
    await request(t.url).post(`/api/v1/interviews/${id}/messages`).set(candidate.auth).send({ content: 'Hello, I am ready.' }).expect(200);
    return { id, candidate };
  }

  it('records the model\'s questions in the plan (text, points, model as served, prompt version) and asks them', async () => {
    mode = 'good';
    seen.length = 0;
    const { id, candidate } = await openInterview('good');
    const [opening] = await turns(id);
    const plan = opening.plan!;
    expect(plan.questions).toEqual({ source: 'model', model: SERVED_MODEL, promptVersion: 'interview-questions.v1', fallbackReason: null });
    expect(plan.seed).toEqual(expect.any(String));
    const technical = plan.steps.filter((s) => s.phase === 'technical');
    expect(technical.length).toBeGreaterThanOrEqual(3);
    for (const step of technical) {
      expect(step.bankQuestionId).toBeNull();
      expect(step.question?.text).toMatch(/^Generated .+ question \d: how did you use/);
      expect(step.question?.points.map((p) => p.id)).toEqual(['context', 'decision', 'change']);
      // Keywords are stored lower-cased, as the judge matches them.
      expect(step.question?.points[0].keywords).toEqual(['migration', 'payments']);
      expect(step.reason).toMatch(/written by the model from the job and the candidate's CV/);
    }
    // The other phases stay the bank's (the coding exercise carries hidden tests the model cannot write).
    for (const step of plan.steps.filter((s) => s.phase !== 'technical')) expect(QUESTION_BY_ID.has(step.bankQuestionId!)).toBe(true);

    // The model was given the job and the CV.
    const prompt = seen.find((s) => s.system.includes('preparing a technical interview'))!.user;
    expect(prompt).toContain('Python services on PostgreSQL for our payments platform.');
    expect(prompt).toContain('Built a Django payments API at Acme');
    expect(prompt).toMatch(/\d\. skill "python" \(Python\), difficulty medium/);
    expect(prompt).toMatch(/\d\. skill "sql" \(SQL\), difficulty medium/);

    // After the introduction, the first generated question is asked, with its points as the rubric.
    await request(t.url).post(`/api/v1/interviews/${id}/messages`).set(candidate.auth).send({ content: 'I have built Python payment services for seven years.' }).expect(200);
    const asked = (await turns(id))[1];
    expect(asked.phase).toBe('technical');
    expect(asked.question).toMatchObject({ text: technical[0].question!.text, bankQuestionId: null, skill: technical[0].question!.skill });
    expect(asked.question?.rubric.map((p) => p.id)).toEqual(['context', 'decision', 'change']);
    expect(asked.text).toContain(technical[0].question!.text);
  }, 60_000);

  it('falls back to the seeded bank plan on garbage from the model, and the plan says why', async () => {
    mode = 'garbage';
    const { id } = await openInterview('garbage');
    const plan = (await turns(id))[0].plan!;
    expect(plan.questions).toMatchObject({ source: 'bank', model: null, promptVersion: null });
    expect(plan.questions?.fallbackReason).toMatch(/did not give usable questions \(.*malformed JSON twice.*\); the bank's questions were drawn instead/);
    const technical = plan.steps.filter((s) => s.phase === 'technical');
    expect(technical.length).toBeGreaterThanOrEqual(3);
    for (const step of technical) expect(QUESTION_BY_ID.get(step.bankQuestionId!)?.phase).toBe('technical');
  }, 60_000);

  it('falls back when the model writes fewer questions than the plan has slots', async () => {
    mode = 'too_few';
    const { id } = await openInterview('too-few');
    const plan = (await turns(id))[0].plan!;
    expect(plan.questions?.source).toBe('bank');
    expect(plan.questions?.fallbackReason).toMatch(/expected \d+ questions, got 1/);
  }, 60_000);
});
