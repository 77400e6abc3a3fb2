import { TECHNICAL_QUESTIONS } from '../question-bank/question-bank';
import { BankQuestion, DIFFICULTIES, Difficulty } from '../../ports/question-bank.types';
import { DetectedSkill } from './skill-detector';
import { seededShuffle } from './seeded-draw';

export interface SelectedQuestion {
  readonly question: BankQuestion;
  readonly reason: string;
}

/**
 * Technical questions for the ranked skills at the wanted difficulty: one per skill in rank order, then
 * around again at the nearest other difficulties when more questions are wanted than skills. With a seed,
 * each skill's question is drawn from its questions at that level (reproducibly); without, the bank's first.
 */
export function selectTechnicalQuestions(
  skills: readonly DetectedSkill[],
  difficulty: Difficulty,
  count: number,
  exclude: ReadonlySet<string> = new Set(),
  seed: string | null = null,
): SelectedQuestion[] {
  const order = difficultyOrder(difficulty);
  const chosen: SelectedQuestion[] = [];
  const used = new Set(exclude);
  for (const level of order) {
    for (const skill of skills) {
      if (chosen.length >= count) return chosen;
      const pool = TECHNICAL_QUESTIONS.filter((q) => q.skill === skill.id && q.difficulty === level && !used.has(q.id));
      const question = seed === null ? pool[0] : seededShuffle(pool, seed, `technical|${skill.id}|${level}`)[0];
      if (!question) continue;
      used.add(question.id);
      const levelNote = level === difficulty ? `${level} difficulty as planned` : `${level} difficulty (no more ${difficulty} questions for it)`;
      chosen.push({ question, reason: `${skill.label}: ${skill.reason}; ${levelNote}` });
    }
  }
  return chosen;
}

/** The wanted difficulty first, then the nearest others (medium → easy/hard). */
function difficultyOrder(wanted: Difficulty): Difficulty[] {
  const i = DIFFICULTIES.indexOf(wanted);
  return [...DIFFICULTIES].sort((a, b) => Math.abs(DIFFICULTIES.indexOf(a) - i) - Math.abs(DIFFICULTIES.indexOf(b) - i) || DIFFICULTIES.indexOf(b) - DIFFICULTIES.indexOf(a));
}
