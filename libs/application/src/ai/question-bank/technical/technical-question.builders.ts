import { BankQuestion, Difficulty, RubricPoint } from '../../../ports/question-bank.types';

/** A rubric point: what a good answer says, the words (and synonyms) the judge looks for, the probe when missed. */
export const p = (id: string, text: string, keywords: string[], probe?: string): RubricPoint => ({ id, text, keywords, probe });

/** A technical question of the bank. */
export const t = (id: string, skill: string, difficulty: Difficulty, text: string, points: RubricPoint[]): BankQuestion => ({
  id,
  skill,
  difficulty,
  phase: 'technical',
  text,
  points,
});
