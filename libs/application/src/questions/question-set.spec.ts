import { detectSkills } from '../ai/engine/skill-detector';
import { composeQuestionSet, stableUuid } from './question-set';

const javaSkills = detectSkills({ technologies: ['Java', 'SQL'], title: 'Java Developer', jobDescription: null, cvText: null });

describe('composeQuestionSet', () => {
  it('puts the job skills first at the wanted difficulty, a quarter behavioural', () => {
    const set = composeQuestionSet(javaSkills, 'medium', 8, 'seed');
    expect(set).toHaveLength(8);
    expect(set.slice(0, 2).map((q) => [q.skillsTested[0], q.difficulty, q.type])).toEqual([
      ['Java', 'medium', 'technical'],
      ['SQL', 'medium', 'technical'],
    ]);
    expect(set.filter((q) => q.type === 'behavioral')).toHaveLength(2);
    expect(new Set(set.map((q) => q.bankId)).size).toBe(8);
  });

  it('falls back to general engineering when the job names no skill, and never repeats a question', () => {
    const set = composeQuestionSet([], 'easy', 30, 'seed');
    expect(set[0].skillsTested).toEqual(['Data Structures']);
    expect(new Set(set.map((q) => q.bankId)).size).toBe(set.length);
  });

  it('names questions by a stable UUID of the seed and the bank entry', () => {
    const a = composeQuestionSet(javaSkills, 'hard', 3, 'job-1');
    expect(composeQuestionSet(javaSkills, 'hard', 3, 'job-1').map((q) => q.id)).toEqual(a.map((q) => q.id));
    expect(composeQuestionSet(javaSkills, 'hard', 3, 'job-2')[0].id).not.toBe(a[0].id);
    expect(stableUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
