import { BEHAVIORAL_QUESTIONS, CODING_QUESTIONS, INTRO_QUESTIONS, WRAP_UP_QUESTION } from './conversation-questions';
import { BankQuestion } from '../../ports/question-bank.types';
import { TECHNICAL_QUESTIONS } from './technical-questions';

/** Every question of the built-in bank, by id. Its version goes into every recorded turn and score. */
export const QUESTION_BANK_VERSION = 'bank-2026.3';

export const ALL_QUESTIONS: readonly BankQuestion[] = [
  ...INTRO_QUESTIONS,
  ...TECHNICAL_QUESTIONS,
  ...CODING_QUESTIONS,
  ...BEHAVIORAL_QUESTIONS,
  WRAP_UP_QUESTION,
];

export const QUESTION_BY_ID: ReadonlyMap<string, BankQuestion> = new Map(ALL_QUESTIONS.map((q) => [q.id, q]));

export { BEHAVIORAL_QUESTIONS, CODING_QUESTIONS, INTRO_QUESTIONS, TECHNICAL_QUESTIONS, WRAP_UP_QUESTION };
