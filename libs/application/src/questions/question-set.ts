import { createHash } from 'node:crypto';
import { BEHAVIORAL_QUESTIONS, CODING_QUESTIONS } from '../ai/question-bank/question-bank';
import { BankQuestion, Difficulty } from '../ports/question-bank.types';
import { DetectedSkill, GENERAL_SKILLS } from '../ai/engine/skill-detector';
import { selectTechnicalQuestions } from '../ai/engine/question-selector';

export interface GeneratedQuestion {
  /** Stable for the same job, candidate and bank question: generating again names the same questions. */
  readonly id: string;
  readonly bankId: string;
  readonly text: string;
  readonly type: 'technical' | 'coding' | 'behavioral';
  readonly difficulty: Difficulty;
  readonly skillsTested: readonly string[];
  readonly expectedAnswerPoints: readonly string[];
  readonly maxScore: number;
  readonly reason: string;
}

export interface GeneratedQuestionSet {
  readonly questions: readonly GeneratedQuestion[];
  readonly difficulty: Difficulty;
  readonly difficultyReason: string;
  readonly skills: readonly DetectedSkill[];
}

const MAX_SCORE = 10;

/**
 * A balanced set: about a quarter behavioural, the rest technical questions for the ranked skills (the
 * job's first, then general engineering); when the bank runs out for those, coding exercises and more
 * behavioural questions. Fewer than `count` only when the bank has no more questions to give.
 */
export function composeQuestionSet(
  skills: readonly DetectedSkill[],
  difficulty: Difficulty,
  count: number,
  seed: string,
): GeneratedQuestion[] {
  const behavioralShare = Math.min(BEHAVIORAL_QUESTIONS.length, Math.floor(count / 4));
  const ranked = [...skills, ...GENERAL_SKILLS.filter((g) => !skills.some((s) => s.id === g.id))];
  const technical = selectTechnicalQuestions(ranked, difficulty, count - behavioralShare).map((s) =>
    toQuestion(s.question, 'technical', [ranked.find((k) => k.id === s.question.skill)?.label ?? s.question.skill], s.reason, seed),
  );
  const chosen: GeneratedQuestion[] = [...technical];
  const behavioral = BEHAVIORAL_QUESTIONS.map((q) => toQuestion(q, 'behavioral', ['Communication', 'Teamwork'], 'behavioural question of the interview plan', seed));
  const coding = nearestFirst(CODING_QUESTIONS, difficulty).map((q) =>
    toQuestion(q, 'coding', ['Problem Solving', 'Algorithms'], `coding exercise (${q.difficulty}); the technical bank has no more questions for these skills`, seed),
  );
  chosen.push(...behavioral.slice(0, behavioralShare));
  for (const extra of [...coding, ...behavioral.slice(behavioralShare)]) {
    if (chosen.length >= count) break;
    chosen.push(extra);
  }
  return chosen.slice(0, count);
}

function toQuestion(q: BankQuestion, type: GeneratedQuestion['type'], skillsTested: string[], reason: string, seed: string): GeneratedQuestion {
  return {
    id: stableUuid(`${seed}|${q.id}`),
    bankId: q.id,
    text: q.text,
    type,
    difficulty: q.difficulty,
    skillsTested,
    expectedAnswerPoints: q.points.map((p) => p.text),
    maxScore: MAX_SCORE,
    reason,
  };
}

const ORDER: Record<Difficulty, number> = { easy: 0, medium: 1, hard: 2 };

function nearestFirst(questions: readonly BankQuestion[], difficulty: Difficulty): BankQuestion[] {
  return [...questions].sort((a, b) => Math.abs(ORDER[a.difficulty] - ORDER[difficulty]) - Math.abs(ORDER[b.difficulty] - ORDER[difficulty]));
}

/** A name-based UUID (version 5 layout over SHA-1), so the same inputs always give the same id. */
export function stableUuid(name: string): string {
  const hash = createHash('sha1').update(name).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
