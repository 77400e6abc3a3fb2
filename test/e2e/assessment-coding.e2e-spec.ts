import request from 'supertest';
import { CODING_PROBLEM_BY_ID } from '@candor/application/coding-bank/coding-problem-bank';
import { EVENT_STORE, EventStore } from '@candor/application';
import { CodeSubmitted, InterviewAssessed } from '@candor/domain';
import { startTestApp, TestApp } from '../support/test-app';
import { Actor, signUp } from '../support/interview-actors';

/**
 * S2 code submissions are graded on the interview's coding problem (examples, hidden cases, a large input):
 * `print(1)` fails them and scores low correctness; the reference solution passes them and scores high;
 * each case's verdict, time and memory is recorded and the score cites the submission.
 */
describe('S2 coding submissions graded by hidden tests', () => {
  let t: TestApp;
  let owner: Actor;
  let events: EventStore;

  beforeAll(async () => {
    t = await startTestApp();
    events = t.app.get(EVENT_STORE);
    owner = await signUp(t.url, 'coding-owner@example.com');
  });
  // Closing waits for the background work of the runs (analyses, scoring), each of which ran the problem's cases.
  afterAll(async () => t.close(), 120_000);

  async function interviewWithSubmission(code: (problemId: string) => string) {
    const interview = (await request(t.url).post('/api/v1/interviews/').set(owner.auth).send({ title: 'Backend Engineer', difficulty: 'easy' }).expect(200)).body;
    await request(t.url).post(`/api/v1/interviews/${interview.id}/start`).set(owner.auth).expect(200);
    const problem = (await request(t.url).get(`/api/v1/interviews/${interview.id}/coding-problem`).set(owner.auth).expect(200)).body;
    const submitted = (await request(t.url).post(`/api/v1/interviews/${interview.id}/submit-code`).set(owner.auth).send({ code: code(problem.id), language: 'python' }).expect(200)).body;
    const completed = (await request(t.url).post(`/api/v1/interviews/${interview.id}/complete`).set(owner.auth).expect(200)).body;
    const stream = await events.readStream(`interview-${interview.id}`);
    const submission = stream.find((e) => e.type === 'CodeSubmitted') as unknown as CodeSubmitted;
    // The score lives on the assessment stream (the interview stream keeps the conversation and lifecycle).
    const assessment = await events.readStream(`assessment-${interview.id}`);
    const scored = assessment.find((e) => e.type === 'InterviewAssessed') as unknown as InterviewAssessed | undefined;
    return { interview, problem, submitted, completed, submission, scored };
  }

  it('shows the problem with its visible examples and a starter per language, never the hidden cases', async () => {
    const interview = (await request(t.url).post('/api/v1/interviews/').set(owner.auth).send({ title: 'Backend Engineer', difficulty: 'hard' }).expect(200)).body;
    const problem = (await request(t.url).get(`/api/v1/interviews/${interview.id}/coding-problem`).set(owner.auth).expect(200)).body;
    const bank = CODING_PROBLEM_BY_ID.get(problem.id)!;
    expect(problem).toMatchObject({ difficulty: 'hard', title: bank.title, examples: bank.examples, hidden_tests: bank.hidden.length + 1 });
    expect(Object.keys(problem.starter_code).sort()).toEqual(['c', 'cpp', 'java', 'javascript', 'python', 'typescript']);
    expect(problem).not.toHaveProperty('hidden');
    expect(problem).not.toHaveProperty('reference');
  });

  it('print(1) fails the hidden tests and scores low correctness; the reference solution scores high', async () => {
    const bad = await interviewWithSubmission(() => 'print(1)\n');
    const good = await interviewWithSubmission((id) => CODING_PROBLEM_BY_ID.get(id)!.reference.python);

    const total = (id: string) => CODING_PROBLEM_BY_ID.get(id)!.examples.length + CODING_PROBLEM_BY_ID.get(id)!.hidden.length + 1;
    expect(bad.submitted.execution_result).toMatchObject({ exit_code: 0, tests_total: total(bad.problem.id) });
    expect(bad.submitted.execution_result.tests_passed).toBeLessThanOrEqual(2);
    expect(good.submitted.execution_result).toMatchObject({ tests_passed: total(good.problem.id), tests_total: total(good.problem.id) });

    // Per test: verdict, time and memory; hidden cases carry no input or expected output.
    expect(good.submission.data.problemId).toBe(good.problem.id);
    const results = good.submission.data.result.testResults;
    expect(results).toHaveLength(total(good.problem.id));
    for (const r of results) {
      expect(r).toMatchObject({ passed: true, timeMs: expect.any(Number), hidden: expect.any(Boolean) });
      if (r.hidden) expect(r).not.toHaveProperty('expected');
    }
    expect(results.map((r) => r.name)).toContain('large input');

    expect(bad.completed.feedback.problem_solving_score).toBeLessThanOrEqual(0.3);
    expect(good.completed.feedback.problem_solving_score).toBeGreaterThanOrEqual(0.8);
    // The score cites the submission and says how many tests it passed.
    expect(good.scored!.data.card.problemSolving.evidence.executionIds).toContain(good.submission.data.submissionId);
    expect(good.scored!.data.card.problemSolving.reasoning).toMatch(/passed \d+ of \d+ tests/);
    expect(bad.scored!.data.card.strengths).not.toContain('Working code that passes its tests');
  }, 120_000);

  it('grades every later run against the problem first graded', async () => {
    const interview = (await request(t.url).post('/api/v1/interviews/').set(owner.auth).send({ title: 'Backend Engineer', difficulty: 'medium' }).expect(200)).body;
    await request(t.url).post(`/api/v1/interviews/${interview.id}/start`).set(owner.auth).expect(200);
    const before = (await request(t.url).get(`/api/v1/interviews/${interview.id}/coding-problem`).set(owner.auth).expect(200)).body;
    await request(t.url).post(`/api/v1/interviews/${interview.id}/submit-code`).set(owner.auth).send({ code: 'print(0)\n', language: 'python' }).expect(200);
    await request(t.url).post(`/api/v1/interviews/${interview.id}/submit-code`).set(owner.auth).send({ code: 'print(2)\n', language: 'python' }).expect(200);
    const stream = await events.readStream(`interview-${interview.id}`);
    const graded = stream.filter((e) => e.type === 'CodeSubmitted').map((e) => (e.data as { problemId?: string }).problemId);
    expect(graded).toEqual([before.id, before.id]);
  }, 60_000);
});
