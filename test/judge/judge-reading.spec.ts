import { assessAnswer } from '@candor/application/ai/engine/rubric-scorer';
import { QUESTION_BY_ID } from '@candor/application/ai/question-bank/question-bank';
import { READING_CASES } from '../support/reading-cases';

/** The built-in judge reads compounds, identifiers, notation, spelling variants and negation as people write them. */
describe('built-in judge reading real writing', () => {
  for (const c of READING_CASES) {
    it(`${c.trap}: ${c.shows}`, () => {
      const question = QUESTION_BY_ID.get(c.questionId);
      expect(question).toBeDefined();
      const verdict = assessAnswer(c.answer, question!.points, question!.text);
      const score = verdict.score * 10;
      for (const id of c.covers ?? []) expect({ point: id, covered: verdict.covered.includes(id) }).toEqual({ point: id, covered: true });
      for (const id of c.misses ?? []) expect({ point: id, covered: verdict.covered.includes(id) }).toEqual({ point: id, covered: false });
      if (c.atMost !== undefined) expect(score).toBeLessThanOrEqual(c.atMost);
      if (c.atLeast !== undefined) expect(score).toBeGreaterThanOrEqual(c.atLeast);
    });
  }
});
