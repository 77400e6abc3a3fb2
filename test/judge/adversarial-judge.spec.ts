import { assessAnswer } from '@candor/application/ai/engine/rubric-scorer';
import { QUESTION_BY_ID } from '@candor/application/ai/question-bank/question-bank';
import { ADVERSARIAL_CORPUS, ANSWER_KINDS, HIGH, LOW } from '../support/adversarial-answers';

/** The built-in judge against its adversarial corpus: only a correct explanation may score high. */
describe('built-in judge on the adversarial corpus', () => {
  it('holds at least 10 questions with 5 answer kinds each', () => {
    expect(ADVERSARIAL_CORPUS.length).toBeGreaterThanOrEqual(10);
    for (const entry of ADVERSARIAL_CORPUS) expect(Object.keys(entry.answers).sort()).toEqual([...ANSWER_KINDS].sort());
  });

  for (const entry of ADVERSARIAL_CORPUS) {
    describe(entry.questionId, () => {
      const question = QUESTION_BY_ID.get(entry.questionId)!;
      const score = (answer: string) => assessAnswer(answer, question.points, question.text).score * 10;

      it(`scores a correct explanation in the candidate's own words high (>= ${HIGH})`, () => {
        expect(score(entry.answers.correct)).toBeGreaterThanOrEqual(HIGH);
      });
      for (const kind of ANSWER_KINDS.filter((k) => k !== 'correct')) {
        it(`scores the ${kind} answer low (<= ${LOW})`, () => {
          expect(score(entry.answers[kind])).toBeLessThanOrEqual(LOW);
        });
      }
    });
  }
});
