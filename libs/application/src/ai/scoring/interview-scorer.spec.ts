import { InterviewEvent } from '@candor/domain';
import type { Llm, LlmJsonCompletion } from '../../ports/llm.port';
import { QUESTION_BY_ID } from '../question-bank/question-bank';
import { scoreInterview } from './interview-scorer';

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
    const card = await scoreInterview(given('hash table o(1) collision resize insertion order because for example'), { llm: remoteModel(0.9), analyzer: null });
    const [q] = card.questionScores;
    expect(q.score).toBe(9);
    expect(q.builtinScore).toBeLessThanOrEqual(3);
    expect(card.versions.model).toBe('gpt-judge-2026-01-01');
  });
});
