import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { candidateStreamId, EMPTY_DETAILS, EMPTY_PROFILE, InterviewDetails } from '@candor/domain';
import { SqliteEventStore } from '@candor/infrastructure/event-store/sqlite/sqlite-event-store.adapter';
import { BuiltinLlm } from '@candor/infrastructure/ai/builtin-llm.adapter';
import { completeJsonWithRetry } from '../json-completion';
import { JsonValidator, Llm, LlmCompletion, LlmRequest } from '../../ports/llm.port';
import { InterviewQuestionsTask } from '../../ports/llm-task';
import { buildInterviewPlan } from './interview-plan';
import { InterviewPlanner } from './interview-planner';

const CANDIDATE = '3f0c5e1a-9b7d-4c2e-8a61-5d4e3c2b1a09';
const details: InterviewDetails = { ...EMPTY_DETAILS, position: 'Data Engineer', technologies: ['python', 'sql'], difficulty: 'hard', jobDescription: 'Batch pipelines on PostgreSQL.', candidateId: CANDIDATE };

/** A model that answers every request with `reply(task)` and remembers the tasks it was given. */
class ScriptedModel implements Llm {
  readonly model = 'scripted';
  readonly tasks: InterviewQuestionsTask[] = [];
  constructor(private readonly reply: (task: InterviewQuestionsTask) => string) {}
  async complete(request: LlmRequest): Promise<LlmCompletion> {
    const task = request.task as InterviewQuestionsTask;
    this.tasks.push(task);
    return { content: this.reply(task), model: 'scripted-served', usage: { promptTokens: 10, completionTokens: 10, totalTokens: 20 }, finishReason: 'stop' };
  }
  async *stream(): AsyncIterable<never> {}
  completeJson<T>(request: LlmRequest, validate: JsonValidator<T>) {
    return completeJsonWithRetry((r) => this.complete(r), request, validate);
  }
}

const points = [
  { id: 'a', text: 'First point', keywords: ['alpha'], probe: 'And alpha?' },
  { id: 'b', text: 'Second point', keywords: ['beta'] },
  { id: 'c', text: 'Third point', keywords: ['gamma'] },
];
const written = (task: InterviewQuestionsTask) => JSON.stringify({ questions: task.slots.map((s, i) => ({ skill: s.skill, difficulty: s.difficulty, text: `Q${i} on ${s.label}?`, points })) });

describe('the interview planner', () => {
  let dir: string;
  let events: SqliteEventStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'candor-planner-'));
    events = new SqliteEventStore(join(dir, 'events.db'));
    const profile = { ...EMPTY_PROFILE, summary: 'Data engineer', technicalSkills: ['Python', 'Airflow'], totalExperienceYears: 6, workExperience: [{ company: 'Acme', title: 'Data Engineer', startDate: '2019', endDate: null, description: 'Airflow pipelines' }] };
    await events.append(
      candidateStreamId(CANDIDATE),
      [{ id: 'e1', type: 'CandidateCreated', data: { candidateId: CANDIDATE, ownerId: 'o', profile, cv: null, parsingStatus: 'completed', parsingError: null, cvText: 'Six years of Airflow.', createdAt: 'now' }, metadata: { correlationId: 'c', causationId: null, userId: null, timestamp: 'now', schemaVersion: 1 } }],
      'no_stream',
    );
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('without a model (the built-in engine) plans from the bank with the seed, asking nothing', async () => {
    const { plan, tokensUsed } = await new InterviewPlanner(events, new BuiltinLlm()).plan(details, 'seed-1');
    expect(plan).toEqual(buildInterviewPlan(details, 'seed-1'));
    expect(tokensUsed).toBe(0);
  });

  it('gives the model the job, the parsed CV and one slot per planned technical question, and records what it wrote', async () => {
    const model = new ScriptedModel(written);
    const { plan, tokensUsed } = await new InterviewPlanner(events, model).plan(details, 'seed-1');
    const bank = buildInterviewPlan(details, 'seed-1');
    const task = model.tasks[0];
    expect(task.job).toEqual({ title: 'Data Engineer', description: 'Batch pipelines on PostgreSQL.', skills: ['python', 'sql'] });
    expect(task.candidate).toEqual({ summary: 'Data engineer', skills: ['Python', 'Airflow'], experience: ['Data Engineer at Acme (2019 to now): Airflow pipelines'], years: 6, cvExcerpt: 'Six years of Airflow.' });
    expect(task.slots).toHaveLength(bank.steps.filter((s) => s.phase === 'technical').length);
    expect(plan.questions).toEqual({ source: 'model', model: 'scripted-served', promptVersion: 'interview-questions.v1', fallbackReason: null });
    expect(plan.steps.map((s) => s.phase)).toEqual(bank.steps.map((s) => s.phase));
    expect(plan.steps.filter((s) => s.phase === 'technical').map((s) => s.question?.text)).toEqual(task.slots.map((s, i) => `Q${i} on ${s.label}?`));
    expect(plan.steps.filter((s) => s.phase !== 'technical')).toEqual(bank.steps.filter((s) => s.phase !== 'technical'));
    expect(tokensUsed).toBe(20);
  });

  it.each([
    ['a question for another skill', (t: InterviewQuestionsTask) => written(t).replace(`"skill":"${t.slots[0].skill}"`, '"skill":"cobol"'), /questions\[0\]\.skill must be/],
    ['a question with two points', (t: InterviewQuestionsTask) => JSON.stringify({ questions: t.slots.map((s) => ({ skill: s.skill, text: `${s.skill}?`, points: points.slice(0, 2) })) }), /must hold 3 to 5 points/],
    ['a point without keywords', (t: InterviewQuestionsTask) => written(t).replace('["alpha"]', '[]'), /keywords must not be empty/],
    ['the same question twice', (t: InterviewQuestionsTask) => JSON.stringify({ questions: t.slots.map((s) => ({ skill: s.skill, text: 'Same?', points })) }), /questions must be distinct/],
    ['an empty question', (t: InterviewQuestionsTask) => JSON.stringify({ questions: JSON.parse(written(t)).questions.map((q: object, i: number) => (i === 0 ? { ...q, text: '  ' } : q)) }), /questions\[0\]\.text must be a non-empty string/],
    ['an answer that is not JSON', () => 'I would rather not.', /malformed JSON twice: the answer is not JSON/],
  ])('falls back to the bank plan on %s, and records why', async (_label, reply, why) => {
    const { plan } = await new InterviewPlanner(events, new ScriptedModel(reply)).plan(details, 'seed-1');
    expect(plan.steps).toEqual(buildInterviewPlan(details, 'seed-1').steps);
    expect(plan.questions?.source).toBe('bank');
    expect(plan.questions?.fallbackReason).toMatch(why);
    expect(plan.questions?.fallbackReason).toMatch(/^the model scripted did not give usable questions/);
  });
});
