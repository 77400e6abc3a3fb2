import { InterviewEvent } from '@candor/domain';
import type { Llm, LlmJsonCompletion } from '../../ports/llm.port';
import { QUESTION_BY_ID } from '../question-bank/question-bank';
import { scoreInterview } from './interview-scorer';
import { citedEvidence, evaluationOf } from './interview-scoring.service';

const ID = 'i';
const at = '2026-01-15T14:00:00.000Z';
const question = QUESTION_BY_ID.get('py-m-1')!;

const given = (answer: string): InterviewEvent[] => [
  { type: 'QuestionAsked', data: { interviewId: ID, questionId: 'q1', text: question.text, category: 'technical', difficulty: 'medium', askedAt: at } },
  { type: 'MessageRecorded', data: { interviewId: ID, messageId: 'm1', speaker: 'candidate', text: answer, timestamp: at } },
];

/** An OpenAI-compatible model as the scorer sees it: configured as an alias, it reports a dated snapshot. */
function remoteModel(score: number): Llm {
  return {
    model: 'gpt-judge',
    complete: () => Promise.reject(new Error('not used')),
    stream: () => { throw new Error('not used'); },
    completeJson: async <T>(_r: unknown, validate: (v: unknown) => T): Promise<LlmJsonCompletion<T>> => ({
      value: validate({ score, covered: [], missing: question.points.map((p) => p.id), feedback: 'model verdict' }),
      raw: '{}',
      model: 'gpt-judge-2026-01-01',
      usage: { promptTokens: 1, completionTokens: 1, totalTokens: 2 },
      finishReason: 'stop',
      attempts: 1,
    }),
  } as unknown as Llm;
}

describe('interview scorer with a language model as judge', () => {
  it('records the model verdict, the built-in verdict beside it, and the model as the server names it', async () => {
    const card = await scoreInterview(given('hash table o(1) collision resize insertion order because for example'), { llm: remoteModel(0.9) });
    const [q] = card.questionScores;
    expect(q.score).toBe(9);
    expect(q.builtinScore).toBeLessThanOrEqual(3);
    expect(card.versions.model).toBe('gpt-judge-2026-01-01');
  });

  it('grades code by its tests and reads the recorded analysis instead of re-running one', async () => {
    const result = { stdout: '1\n', stderr: '', output: '1\n', exitCode: 0, durationMs: 5, memoryKb: 9000, status: 'ok', limitsHit: [], testResults: [
      { name: 'example 1', passed: false, hidden: false, timeMs: 20, memoryKb: 9000 },
      { name: 'hidden 1', passed: false, hidden: true, timeMs: 21, memoryKb: 9000 },
      { name: 'large input', passed: true, hidden: true, timeMs: 30, memoryKb: 9100 },
    ] };
    const history: InterviewEvent[] = [
      ...given('A dict is a hash table, so a lookup takes constant time on average because the key is hashed to a slot.'),
      { type: 'CodeSubmitted', data: { interviewId: ID, submissionId: 's1', code: 'print(1)', language: 'python', result, submittedAt: at, problemId: 'code-e-1' } },
      { type: 'CodeAnalyzed', data: { interviewId: ID, executionId: 's1', subject: 'submission', language: 'python', analysisType: 'quality', score: 4, confidence: 1, summary: 's', findings: [], suggestions: [], tools: ['pyflakes 3.1'], analyzedAt: at } },
      { type: 'InterviewCompleted', data: { interviewId: ID, endedAt: at, trigger: 'command' } },
    ] as InterviewEvent[];
    const card = await scoreInterview(history, { llm: remoteModel(0.5) });
    expect(card.problemSolving.score).toBeCloseTo(1 / 3, 1);
    expect(card.problemSolving.reasoning).toContain('passed 1 of 3 tests (1 of 2 hidden); failed: example 1, hidden 1');
    expect(card.problemSolving.evidence.executionIds).toEqual(['s1']);
    expect(card.codeQuality.reasoning).toContain('recorded static analysis 4/10');
    expect(card.versions.analyzer).toEqual(['pyflakes 3.1']);
    expect(card.strengths).not.toContain('Working code that passes its tests');
  });
});

describe('evidence for every finding', () => {
  it('cites the answers and code runs behind each strength and weakness, and the key findings carry them', async () => {
    const result = { stdout: '', stderr: 'boom', output: '', exitCode: 1, durationMs: 5, memoryKb: 9000, status: 'error', limitsHit: [], testResults: [
      { name: 'example 1', passed: false, hidden: false, timeMs: 20, memoryKb: 9000 },
    ] };
    const history: InterviewEvent[] = [
      ...given('A dict is a hash table: the key is hashed to a slot, so a lookup takes constant time on average; collisions are resolved by probing and the table resizes past its load factor, keeping insertion order.'),
      { type: 'CodeSubmitted', data: { interviewId: ID, submissionId: 's1', code: 'print(1)', language: 'python', result, submittedAt: at, problemId: 'code-e-1' } },
      { type: 'InterviewCompleted', data: { interviewId: ID, endedAt: at, trigger: 'command' } },
    ] as InterviewEvent[];
    const card = await scoreInterview(history, { llm: remoteModel(0.9) });
    expect(card.findings?.filter((f) => f.kind === 'strength').map((f) => f.text)).toEqual(card.strengths);
    expect(card.findings?.filter((f) => f.kind === 'weakness').map((f) => f.text)).toEqual(card.weaknesses);
    expect(card.findings).toEqual(expect.arrayContaining([
      { kind: 'strength', text: expect.stringContaining('Strong answer'), evidence: { messageIds: ['m1'], executionIds: [] } },
      { kind: 'weakness', text: 'Submitted code did not work or failed its tests', evidence: { messageIds: [], executionIds: ['s1'] } },
    ]));
    for (const f of card.findings ?? []) expect(f.evidence.messageIds.length + f.evidence.executionIds.length).toBeGreaterThan(0);

    const evaluation = evaluationOf(card);
    const findings = evaluation.keyFindings.filter((f) => f.category !== 'recommendation');
    expect(findings.length).toBe(card.strengths.length + card.weaknesses.length);
    for (const f of findings) expect(f.evidence).toMatch(/^(messages m1|code runs s1)/);
    expect(findings.find((f) => f.finding === 'Submitted code did not work or failed its tests')?.evidence).toBe('code runs s1');
  });

  it('a card scored before findings cited events keeps null evidence rather than an invented one', () => {
    expect(citedEvidence({ strengths: ['x'], weaknesses: [] } as never, 'strength', 'x')).toBeNull();
  });
});
