import { assessAnswer } from '@candor/application/ai/engine/rubric-scorer';
import { QUESTION_BY_ID, TECHNICAL_QUESTIONS } from '@candor/application/ai/question-bank/question-bank';
import { caseRubric, READING_CASES } from '../support/reading-cases';

/** The built-in judge reads compounds, identifiers, notation, spelling variants and negation as people write them. */
describe('built-in judge reading real writing', () => {
  for (const c of READING_CASES) {
    it(`${c.trap}: ${c.shows}`, () => {
      const question = QUESTION_BY_ID.get(c.questionId);
      expect(question).toBeDefined();
      const verdict = assessAnswer(c.answer, caseRubric(c, question!.points), question!.text);
      const score = verdict.score * 10;
      for (const id of c.covers ?? []) expect({ point: id, covered: verdict.covered.includes(id) }).toEqual({ point: id, covered: true });
      for (const id of c.misses ?? []) expect({ point: id, covered: verdict.covered.includes(id) }).toEqual({ point: id, covered: false });
      if (c.atMost !== undefined) expect(score).toBeLessThanOrEqual(c.atMost);
      if (c.atLeast !== undefined) expect(score).toBeGreaterThanOrEqual(c.atLeast);
    });
  }
});

describe('built-in judge on probe answers made of the probed point\'s own keywords', () => {
  it('scores every technical point\'s keywords, strung together as the answer to a probe on it, at or under 3', () => {
    const dumps: string[] = [];
    for (const question of TECHNICAL_QUESTIONS) {
      for (const point of question.points) {
        const score = assessAnswer(point.keywords.join(' '), [point], question.text).score * 10;
        if (score > 3) dumps.push(`${question.id}/${point.id}: ${score}`);
      }
    }
    expect(dumps).toEqual([]);
  });
});
